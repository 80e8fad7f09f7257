// Push-based CSV row readers: text chunks in, rows (cells + 1-based physical line) out.
// Line endings \n, \r\n and \r\r\n (Windows text mode) are all accepted.
import { createHandBuiltReader } from './hand-built-reader';
import { createRfcReader } from './rfc-reader';
import type { RowHandler, RowReader } from './row-types';

export type { RowHandler, RowReader } from './row-types';

/**
 * Picks the dialect from the first character: Locust's hand-built writers (<= 1.0.3, history
 * <= 1.1.1) quote every header cell and never escape quotes; csv-module files are RFC 4180.
 * Plain \r\n files (the common case) go to PapaParse untouched; others are normalized to \n.
 */
export function createRowReader(fileName: string, onRow: RowHandler): RowReader {
  let inner: RowReader | null = null;
  let normalize = true;
  let carryCr = '';
  let head = '';

  function choose(text: string): void {
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart();
    const nl = body.indexOf('\n');
    const crlfOnly = nl > 0 && body[nl - 1] === '\r' && body[nl - 2] !== '\r';
    const handBuilt = start[0] === '"';
    normalize = handBuilt || !crlfOnly;
    inner = handBuilt
      ? createHandBuiltReader(fileName, onRow)
      : createRfcReader(fileName, onRow, normalize ? '\n' : '\r\n');
  }

  function pass(chunk: string): void {
    if (!normalize) return (inner as RowReader).push(chunk);
    let text = carryCr + chunk;
    carryCr = '';
    if (text.charCodeAt(text.length - 1) === 13) {
      // A trailing \r may be the start of \r\n in the next chunk.
      const m = /\r+$/.exec(text) as RegExpExecArray;
      carryCr = m[0];
      text = text.slice(0, text.length - carryCr.length);
    }
    if (text.indexOf('\r') !== -1) text = text.replace(/\r+\n/g, '\n');
    (inner as RowReader).push(text);
  }

  return {
    push(chunk: string) {
      if (inner !== null) return pass(chunk);
      head += chunk;
      if (head.indexOf('\n') === -1 && head.length < 65536) return;
      choose(head);
      const text = head.replace(/^\uFEFF/, '');
      head = '';
      pass(text);
    },
    end() {
      if (inner === null) {
        if (head.replace(/^\uFEFF/, '').trim() === '') return;
        choose(head);
        pass(head.replace(/^\uFEFF/, ''));
      }
      if (carryCr) (inner as RowReader | null)?.push(carryCr);
      (inner as RowReader | null)?.end();
    },
  };
}
