// JavaScript's whitespace (`\s`, and what String.prototype.trim removes), by UTF-16 code unit: ECMAScript
// WhiteSpace (TAB, VT, FF, ZWNBSP, the Unicode Zs spaces) and LineTerminator (LF, CR, LS, PS).

/** Whether the UTF-16 code unit `code` is one of JavaScript's `\s` characters. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The first index at or after `from`, and before `to`, that does not hold a `\s` character (`to` when none). */
export function skipSpaces(text: string, from: number, to = text.length): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}
