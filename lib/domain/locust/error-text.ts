// Failure texts: Locust 2.10-2.27 distributed masters wrote repr(repr(exception)), e.g.
// `"HTTPError('500 ...')"` with the outer quotes part of the text (locust-formats §4.2, 9.8 item 9).

const EXCEPTION_REPR_RE = /^[A-Za-z_][\w.]*\([\s\S]*\)$/;

/** Removes one layer of Python string quoting around an exception repr; other texts are unchanged. */
export function unwrapDoubleRepr(error: string): string {
  if (error.length < 2) return error;
  const q = error[0];
  if ((q !== "'" && q !== '"') || error[error.length - 1] !== q) return error;
  const inner = error.slice(1, -1);
  if (!EXCEPTION_REPR_RE.test(inner)) return error;
  return inner.replace(/\\(['"\\])/g, '$1');
}
