// RFC 4180 rows through PapaParse's core parser (ported to linear time: rfc-parse.ts), fed chunk by chunk:
// the unfinished last row of each chunk is carried into the next one. Linear: that row is parsed again
// only once at least as much text has arrived after it (each character is parsed O(1) times), not on every
// chunk, which a quoted cell holding a line break in each chunk would make quadratic (up to 4 MiB).
import { MAX_RECORD_CHARS, recordTooLong } from './record-limit';
import { parseRfcRows } from './rfc-parse';
import type { RowHandler, RowReader } from './row-types';

/** `newline` is the file's line ending: '\n' (after normalization) or '\r\n' (passed through). */
export function createRfcReader(fileName: string, onRow: RowHandler, newline: '\n' | '\r\n'): RowReader {
  /** Text not yet parsed into rows, in pieces, joined when parsed (one flat string: the parser reads it by
   *  index, and a string made by `+=` of many chunks is a tree that is slow to read that way). */
  let pending: string[] = [];
  let pendingChars = 0;
  /** Length of the unfinished row the last parse left (the start of `pending`). */
  let unfinishedChars = 0;
  /** Whether `pending` holds a line break after that row's start (a row may have ended). */
  let lineBreakSinceParse = false;
  let nextLine = 1;

  function emit(input: string, isLast: boolean): number {
    const result = parseRfcRows(input, newline, !isLast);
    const rows = result.data;
    // Without quotes every row is one physical line; quoted cells may hold newlines.
    const mayHoldNewlines = input.indexOf('"') !== -1;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i] as string[];
      if (cells.length === 1 && cells[0] === '') {
        nextLine++;
        continue; // blank line
      }
      onRow(cells, nextLine);
      nextLine += 1 + (mayHoldNewlines ? newlinesIn(cells) : 0);
    }
    return result.cursor;
  }

  /** Parses `pending` into rows; the unfinished last row stays. */
  function parsePending(): void {
    const input = pending.join('');
    const rest = input.substring(emit(input, false));
    pending = [rest];
    pendingChars = unfinishedChars = rest.length;
    lineBreakSinceParse = false;
  }

  return {
    push(text: string) {
      pending.push(text);
      pendingChars += text.length;
      // No row can end in a chunk without a line break: it is carried without parsing.
      if (text.indexOf('\n') !== -1) lineBreakSinceParse = true;
      const due = pendingChars - unfinishedChars >= unfinishedChars;
      if (lineBreakSinceParse && (due || pendingChars > MAX_RECORD_CHARS)) parsePending();
      // Unparsed text is one unfinished row here (or, waiting, at most this long).
      if (pendingChars > MAX_RECORD_CHARS) throw recordTooLong(fileName, nextLine);
    },
    end() {
      const input = pending.join('');
      if (input.length > 0) emit(input, true);
      pending = [];
      pendingChars = unfinishedChars = 0;
    },
  };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    let i = cell.indexOf('\n');
    while (i !== -1) {
      n++;
      i = cell.indexOf('\n', i + 1);
    }
  }
  return n;
}
