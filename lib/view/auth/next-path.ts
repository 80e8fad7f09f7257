// Where to go after signing in: only a path on this site, so a crafted link such as
// /sign-in?next=//evil.example cannot send someone elsewhere (open redirect).

const BASE = 'http://swarmlens.invalid';

/** `next` when it is a local path ("/…", not "//…", no backslash or control character), else `fallback`. */
export function localPath(next: string | string[] | null | undefined, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" mean "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    if (new URL(next, BASE).origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return next;
}
