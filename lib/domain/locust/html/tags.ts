// Linear scanning of the HTML that legacy reports are read from: headings, opening tags, info lines.
// A regular expression such as /<h2[^>]*>\s*Title/ restarts at every `<h2` and rescans up to the next
// `>`: quadratic on a document of `<h2<h2<h2…` (450 KB took 29 s). Each function here reads the text
// a bounded number of times, whatever it holds: a search resumes where the last one stopped, and a tag
// shares the outcome of every other tag that ends at the same `>`. Each one states the regular
// expression it replaces (same matches). Literals are ASCII and compared ignoring ASCII case, as /i
// does for an ASCII pattern; `\s` is JavaScript's (text/whitespace.ts).
import { isSpace, skipSpaces } from '../text/whitespace';

/** [start, end) of a match. */
export interface Span {
  start: number;
  end: number;
}

/** Whether `text` holds `lower` (lower-case ASCII) at `at`, ignoring ASCII case. */
export function startsWithIgnoringCase(text: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Case-insensitive searches for the literals asked, by literal: a regular expression made of a literal
 *  is linear, and V8 scans for it natively (several times faster than a loop over each `<`). */
const literalSearches = new Map<string, RegExp>();

/** Index of `lower` (a lower-case ASCII literal) at or after `from`, ignoring ASCII case; -1 when absent. */
export function indexOfIgnoringCase(text: string, lower: string, from: number): number {
  let search = literalSearches.get(lower);
  if (!search) {
    search = new RegExp(lower.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'gi');
    literalSearches.set(lower, search);
  }
  search.lastIndex = from;
  return search.exec(text)?.index ?? -1;
}

/**
 * `from` -> index of the first `char` at or after `from` (-1: none). Amortized O(1) per call while the
 * positions asked do not decrease: a found index is kept until a position passes it.
 */
export function nextIndexFinder(text: string, char: string): (from: number) => number {
  let askedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < askedFrom || (found !== -1 && found < from)) {
      askedFrom = from;
      found = text.indexOf(char, from);
    }
    return found;
  };
}

/** /<TAG[^>]*>\s*TITLE\s*<\/TAG>/i (TITLE taken literally) at or after `from`. */
export function findHeading(text: string, tag: 'h1' | 'h2', title: string, from = 0): Span | null {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  const lowerTitle = title.toLowerCase();
  const nextGt = nextIndexFinder(text, '>');
  let at = indexOfIgnoringCase(text, open, from);
  while (at !== -1) {
    const gt = nextGt(at + open.length);
    if (gt === -1) return null;
    const titleAt = skipSpaces(text, gt + 1);
    if (startsWithIgnoringCase(text, titleAt, lowerTitle)) {
      const closeAt = skipSpaces(text, titleAt + lowerTitle.length);
      if (startsWithIgnoringCase(text, closeAt, close)) return { start: at, end: closeAt + close.length };
    }
    // Every `<TAG` before `gt` ends its tag at `gt` too, and fails the same way.
    at = indexOfIgnoringCase(text, open, gt + 1);
  }
  return null;
}

/**
 * /<NAME(?:\s[^>]*)?>/i for each of `names` (lower-case), the first at or after `from`. `nextGt` is
 * shared by the searches of one scan, whose positions do not decrease.
 */
export function findOpenTag(
  text: string,
  names: readonly string[],
  from: number,
  nextGt: (from: number) => number = nextIndexFinder(text, '>'),
): Span | null {
  for (let lt = text.indexOf('<', from); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    for (const name of names) {
      if (!startsWithIgnoringCase(text, lt + 1, name)) continue;
      const after = lt + 1 + name.length;
      const c = text.charCodeAt(after);
      if (c === 62) return { start: lt, end: after + 1 };
      if (!isSpace(c)) continue;
      // No `>` after this tag: no later tag can close either.
      const gt = nextGt(after + 1);
      return gt === -1 ? null : { start: lt, end: gt + 1 };
    }
  }
  return null;
}

/** Every match of /<NAME(?:\s[^>]*)?>/gi (as a global regex finds them: each after the previous one). */
export function openTags(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  const nextGt = nextIndexFinder(text, '>');
  for (let tag = findOpenTag(text, names, 0, nextGt); tag; tag = findOpenTag(text, names, tag.end, nextGt)) {
    spans.push(tag);
  }
  return spans;
}

/** /<h2[^>]*>\s*TITLE\s*<\/h2>\s*<table([^>]*)>/i: the attribute text of that `<table…>` tag. */
export function tableAttributesAfterHeading(text: string, title: string): string | null {
  for (let h = findHeading(text, 'h2', title); h !== null; h = findHeading(text, 'h2', title, h.end)) {
    const at = skipSpaces(text, h.end);
    if (!startsWithIgnoringCase(text, at, '<table')) continue;
    // Without a `>` here, no later heading's table can close either.
    const gt = text.indexOf('>', at + '<table'.length);
    return gt === -1 ? null : text.slice(at + '<table'.length, gt);
  }
  return null;
}

/** `<p>` + \s* + LABEL + `:` + \s*, by label: linear (each run of spaces follows its own literal). */
const infoLabels = new Map<string, RegExp>();

/** /<p>\s*LABEL:\s*([\s\S]*?)<\/p>/i: the text after `LABEL:` and its spaces, up to the next `</p>`. */
export function infoLine(text: string, label: string): string | null {
  let labelRe = infoLabels.get(label);
  if (!labelRe) infoLabels.set(label, (labelRe = new RegExp(`<p>\\s*${label}:\\s*`, 'i')));
  const found = labelRe.exec(text);
  if (!found) return null;
  const valueAt = found.index + found[0].length;
  // Without a `</p>` after this label, no later one has one either.
  const close = indexOfIgnoringCase(text, '</p>', valueAt);
  return close === -1 ? null : text.slice(valueAt, close);
}

/** /<span[^>]*>([\s\S]*?)<\/span>/i: the text of the first `<span…>…</span>`. */
export function firstSpan(text: string): string | null {
  // The first `<span` decides: a later one closes its tag at or after this one's `>`.
  const at = indexOfIgnoringCase(text, '<span', 0);
  const gt = at === -1 ? -1 : text.indexOf('>', at + '<span'.length);
  const close = gt === -1 ? -1 : indexOfIgnoringCase(text, '</span>', gt + 1);
  return close === -1 ? null : text.slice(gt + 1, close);
}

/** text.replace(/<[^>]*>/g, ''): every `<…>` removed; a `<` with no `>` after it stays. */
export function stripTags(text: string): string {
  let out = '';
  let from = 0;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', from)) {
    const gt = text.indexOf('>', lt + 1);
    if (gt === -1) break;
    out += text.slice(from, lt);
    from = gt + 1;
  }
  return out + text.slice(from);
}
