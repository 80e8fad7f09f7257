// An item line's trailing owner, `(owner: NAME)` or ` @name`, and the `\` escape that export writes before
// a title suffix that only looks like one. Performance: no regex here may backtrack quadratically on a
// 1 MiB line.

interface OwnerSuffix {
  /** Index where the suffix starts, including the backslashes that escape it. */
  start: number;
  backslashes: number;
  owner: string;
}

const OWNER_HANDLE = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u;

/** A trailing `(owner: NAME)` or ` @name`, possibly preceded by backslashes. */
function matchOwnerSuffix(text: string): OwnerSuffix | null {
  return matchParenOwner(text) ?? matchHandleOwner(text);
}

function matchParenOwner(text: string): OwnerSuffix | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  const inside = open < 0 ? null : /^owner:([^)]*)\)$/is.exec(text.slice(open + 1));
  const owner = inside?.[1]!.trim();
  if (!owner) return null;
  const start = backslashRunStart(text, open);
  return { start, backslashes: open - start, owner };
}

function matchHandleOwner(text: string): OwnerSuffix | null {
  const at = text.lastIndexOf('@');
  if (at < 0 || !OWNER_HANDLE.test(text.slice(at + 1))) return null;
  const start = backslashRunStart(text, at);
  if (start > 0 && !/\s/.test(text[start - 1]!)) return null;
  return { start, backslashes: at - start, owner: text.slice(at + 1) };
}

function backslashRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && text[start - 1] === '\\') start -= 1;
  return start;
}

/** An item's text split into title and trailing owner; `\` before the suffix keeps it in the title. */
export function splitOwnerSuffix(text: string): { title: string; owner: string | null } {
  const suffix = matchOwnerSuffix(text);
  if (!suffix) return { title: text, owner: null };
  if (suffix.backslashes > 0) return { title: text.slice(0, suffix.start) + text.slice(suffix.start + 1), owner: null };
  const title = text.slice(0, suffix.start).trim();
  return title === '' ? { title: text, owner: null } : { title, owner: suffix.owner };
}

/** The title as written before anything but an owner suffix: splitOwnerSuffix(protect(t)).title === t. */
export function protectOwnerSuffix(title: string): string {
  const unchanged = splitOwnerSuffix(title);
  if (unchanged.owner === null && unchanged.title === title) return title;
  const suffix = matchOwnerSuffix(title)!;
  return `${title.slice(0, suffix.start)}\\${title.slice(suffix.start)}`;
}
