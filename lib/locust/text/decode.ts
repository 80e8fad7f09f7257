// Bytes -> text for files in the encodings real teams produce: UTF-8 (with or without BOM),
// and legacy platform encodings (GBK/GB18030 from Chinese Windows, cp1252 elsewhere).
import { LocustInputError, unreadable } from '../errors';

/** Bytes inspected to choose an encoding before streaming starts. */
export const SNIFF_BYTES = 1 << 20;

const FALLBACK_ENCODINGS = ['gb18030', 'windows-1252'] as const;

/** Chooses the encoding of a file from its first bytes (up to SNIFF_BYTES). */
export function sniffEncoding(head: Uint8Array, isWholeFile: boolean): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // Windows PowerShell's `>` and Out-File write UTF-16 with a BOM.
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (isValidUtf8Prefix(head, isWholeFile)) return 'utf-8';
  for (const enc of FALLBACK_ENCODINGS) {
    try {
      new TextDecoder(enc, { fatal: true }).decode(head, { stream: !isWholeFile });
      return enc;
    } catch {
      // try the next candidate
    }
  }
  return 'windows-1252';
}

function isValidUtf8Prefix(head: Uint8Array, isWholeFile: boolean): boolean {
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sniffed prefix.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !isWholeFile });
    return true;
  } catch {
    return false;
  }
}

/**
 * Streaming decoder: strips a BOM; invalid UTF-8 after the sniffed prefix is an error, and so is
 * a NUL character (no Locust output holds one: the file is binary, whatever its name says).
 */
export class StreamDecoder {
  readonly encoding: string;
  private readonly decoder: TextDecoder;
  private readonly fileName: string;
  private linesSeen = 0;

  constructor(fileName: string, encoding: string) {
    this.fileName = fileName;
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: false });
  }

  decode(bytes: Uint8Array, isLast: boolean): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !isLast });
    } catch {
      // The first U+FFFD of a lenient decode marks the bad bytes (a real U+FFFD before them is unlikely).
      const loose = new TextDecoder(this.encoding).decode(bytes);
      const at = loose.indexOf('\uFFFD');
      const line = this.linesSeen + 1 + (at === -1 ? 0 : countNewlines(loose.slice(0, at)));
      throw unreadable(this.fileName, line, 'invalid UTF-8 bytes after the first megabyte (mixed encodings?)');
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      const line = this.linesSeen + countNewlines(text.slice(0, nul)) + 1;
      throw new LocustInputError('not_locust', this.fileName, line, 'holds a NUL byte: binary data, not Locust text output');
    }
    this.linesSeen += countNewlines(text);
    return text;
  }
}

export function countNewlines(text: string): number {
  let n = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}

/** Decodes a whole file at once. */
export function decodeBytes(fileName: string, bytes: Uint8Array): { text: string; encoding: string } {
  const encoding = sniffEncoding(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const text = new StreamDecoder(fileName, encoding).decode(bytes, true);
  return { text, encoding };
}
