// Push-based CSV row readers: text chunks in, rows (cells + 1-based physical line) out.
// Line endings \n, \r\n and \r\r\n (Windows text mode) are all accepted.
import { createHandBuiltReader } from './hand-built-reader';
import { createRfcReader } from './rfc-reader';

export type RowHandler = (cells: string[], line: number) => void;

export interface RowReader {
  push(text: string): void;
  end(): void;
}

/**
 * Picks the dialect from the first character: Locust's hand-built writers (<= 1.0.3, history
 * <= 1.1.1) quote every header cell and never escape quotes; csv-module files are RFC 4180.
 */
export function createRowReader(fileName: string, onRow: RowHandler): RowReader {
  let inner: RowReader | null = null;
  let carryCr = '';
  return {
    push(chunk: string) {
      let text = carryCr + chunk;
      carryCr = '';
      if (text.length === 0) return;
      if (text.charCodeAt(text.length - 1) === 13) {
        // A trailing \r may be the start of \r\n in the next chunk.
        const m = /\r+$/.exec(text);
        carryCr = m ? m[0] : '';
        text = text.slice(0, text.length - carryCr.length);
      }
      if (text.indexOf('\r') !== -1) text = text.replace(/\r+\n/g, '\n');
      if (inner === null) {
        const first = text.replace(/^\uFEFF/, '').trimStart();
        if (first.length === 0) return;
        inner = first[0] === '"' ? createHandBuiltReader(fileName, onRow) : createRfcReader(onRow);
        text = text.replace(/^\uFEFF/, '');
      }
      inner.push(text);
    },
    end() {
      if (inner === null) return;
      if (carryCr) inner.push(carryCr);
      inner.end();
    },
  };
}
