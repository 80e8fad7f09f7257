// Bytes -> text for files in the encodings real teams produce: UTF-8 (with or without BOM),
// UTF-16 with a BOM, and legacy platform encodings (CP949, Shift_JIS, GBK, cp1252, ...) chosen by
// the detector in ./detect.ts or by the user.
import { LocustInputError, unreadable } from '../errors';
import type { EncodingGuess } from './detect';
import { encodingDisplayName, ENCODING_WARN_BELOW } from './encodings';

export { detectEncoding, type EncodingGuess } from './detect';
export { ENCODING_WARN_BELOW } from './encodings';

/** Bytes inspected to choose an encoding before streaming starts. */
export const SNIFF_BYTES = 1 << 20;

/** The run warning for a file decoded with a low-confidence guess, or null. */
export function encodingWarning(fileName: string, guess: EncodingGuess): string | null {
  if (guess.confidence >= ENCODING_WARN_BELOW) return null;
  const name = encodingDisplayName(guess.encoding);
  const confidence = guess.confidence.toFixed(2);
  return `${fileName}: decoded as ${name} with confidence ${confidence}; choose the encoding if names look wrong`;
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
      throw new LocustInputError(
        'not_locust',
        this.fileName,
        line,
        'holds a NUL byte: binary data, not Locust text output',
      );
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
