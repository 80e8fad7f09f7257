// Failure texts: Locust 2.10-2.27 distributed masters wrote repr(repr(exception)), e.g.
// `"HTTPError('500 ...')"` with the outer quotes part of the text (locust-formats §4.2, 9.8 item 9).
import { fromCodeUnits } from '../format/code-units';

const EXCEPTION_REPR_RE = /^[A-Za-z_][\w.]*\([\s\S]*\)$/;

/** Removes one layer of Python string quoting around an exception repr; other texts are unchanged. */
export function unwrapDoubleRepr(error: string): string {
  if (error.length < 2) return error;
  const q = error[0];
  if ((q !== "'" && q !== '"') || error[error.length - 1] !== q) return error;
  const inner = error.slice(1, -1);
  if (!EXCEPTION_REPR_RE.test(inner)) return error;
  return unescapeQuotes(inner);
}

/**
 * `text.replace(/\\(['"\\])/g, '$1')`: the backslash before a quote or a backslash removed. A loop over the
 * UTF-16 code units: a regular expression (or a slice per escape) pays ~40 ns per escape, 40 ms per MB of them.
 */
export function unescapeQuotes(text: string): string {
  if (text.indexOf('\\') === -1) return text;
  const out = new Uint16Array(text.length);
  let n = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    let c = text.charCodeAt(i);
    if (c === 92 && i < last) {
      const next = text.charCodeAt(i + 1);
      if (next === 39 || next === 34 || next === 92) {
        c = next;
        i++;
      }
    }
    out[n++] = c;
  }
  return fromCodeUnits(out.subarray(0, n));
}
