// The one bound on a CSV record's length, shared by both row readers.
import { unreadable } from '../errors';

/**
 * Longest record (one row, with any quoted newlines) read, in characters. Real rows are at most a
 * few kB (a traceback); a longer one is refused as soon as it is seen, before it is buffered whole
 * or rescanned chunk after chunk.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

export function recordTooLong(fileName: string, line: number) {
  return unreadable(
    fileName,
    line,
    `a row longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (not Locust output, ` +
      'or a cell that never ends)',
  );
}
