// Push-based CSV row readers: text chunks in, rows (cells + 1-based physical line) out.
// Line endings \n, \r\n and \r\r\n (Windows text mode) are all accepted.
import { createHandBuiltReader } from './hand-built-reader';
import { createRfcReader } from './rfc-reader';
import type { RowHandler, RowReader } from './row-types';

export type { RowHandler, RowReader } from './row-types';

const CR = 13;
const LF = 10;

/**
 * Rewrites each run of \r directly before \n as nothing (what `text.replace(/\r+\n/g, '\n')` does), over
 * chunks: a run at the end of a chunk is held until the next character is seen. Linear: each character
 * is read once. (That regex restarts at every \r of a run not followed by \n and rereads the rest of the
 * run: 400 KB of \r took 79 s.)
 */
export class CrRunFolder {
  /** \r characters at the end of the text so far, not yet passed on. */
  private pendingCr = 0;

  fold(chunk: string): string {
    let out = '';
    let i = 0;
    while (i < chunk.length) {
      if (chunk.charCodeAt(i) === CR) {
        const runStart = i;
        while (i < chunk.length && chunk.charCodeAt(i) === CR) i++;
        this.pendingCr += i - runStart;
        continue;
      }
      if (this.pendingCr > 0) {
        if (chunk.charCodeAt(i) !== LF) out += '\r'.repeat(this.pendingCr);
        this.pendingCr = 0;
      }
      const cr = chunk.indexOf('\r', i);
      const end = cr === -1 ? chunk.length : cr;
      out += chunk.slice(i, end);
      i = end;
    }
    return out;
  }

  /** The \r run held at the end of the text (no \n came after it). */
  flush(): string {
    const rest = '\r'.repeat(this.pendingCr);
    this.pendingCr = 0;
    return rest;
  }
}

/**
 * Picks the dialect from the first character: Locust's hand-built writers (<= 1.0.3, history
 * <= 1.1.1) quote every header cell and never escape quotes; csv-module files are RFC 4180.
 * Plain \r\n files (the common case) go to PapaParse untouched; others are normalized to \n.
 */
export function createRowReader(fileName: string, onRow: RowHandler): RowReader {
  let inner: RowReader | null = null;
  let normalize = true;
  const folder = new CrRunFolder();
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
    (inner as RowReader).push(folder.fold(chunk));
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
      const trailing = folder.flush();
      if (trailing) (inner as RowReader | null)?.push(trailing);
      (inner as RowReader | null)?.end();
    },
  };
}
