// Glob patterns for the labels a criteria set applies to: `*` is any run of characters (none too), `?`
// exactly one character (a code point), every other character itself; the whole label must match,
// ignoring case. No regular expression: a glob such as `*a*a*a*b` sends a backtracking matcher into
// exponential time on a long label.
//
// Linear time: the pattern splits at its `*`s into segments. The first segment must start the text
// and the last must end it; each one between is found at its leftmost place after the previous one.
// Leftmost is always safe: segments have a fixed length, so the leftmost match also ends first and
// leaves the most text for the segments after it. Each search is a bit-parallel scan (shift-and)
// that reads each character once, and each search starts where the previous match ended, so the
// whole text is read at most once: O(text × ⌈longest segment / 32⌉) steps, O(text) for a bounded
// pattern (the criteria API allows 200 characters). The text is read in place (no copy of it).

/** A compiled glob: match() as many labels as needed. */
export interface Glob {
  readonly source: string;
  match(text: string): boolean;
}

const STAR = -1;
const ANY = -2;

/** The code point at code unit `i` of `s` and its length in code units (a lone surrogate is one). */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c & 0xfc00) !== 0xd800 || i + 1 >= s.length) return c;
  const low = s.charCodeAt(i + 1);
  return (low & 0xfc00) === 0xdc00 ? ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : c;
}

const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** Where the code point ending at code unit `end` (exclusive) starts. */
function previousStart(s: string, end: number): number {
  const pair = end >= 2 && (s.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return pair ? end - 2 : end - 1;
}

/** Distinct characters of the pattern, numbered from 1 (0: any other character). */
class Alphabet {
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Map<number, number>();
  size = 1;

  add(c: number): void {
    if (this.indexOf(c) !== 0) return;
    if (c <= 0xffff) this.bmp[c] = this.size++;
    else this.astral.set(c, this.size++);
  }

  indexOf(c: number): number {
    return c <= 0xffff ? this.bmp[c]! : (this.astral.get(c) ?? 0);
  }
}

/** One segment between stars, with the shift-and masks of each alphabet letter. */
class Segment {
  private readonly words: number;
  /** masks[letter * words + w]: bit i of word w set when segment character i accepts that letter. */
  private readonly masks: Uint32Array;

  constructor(
    readonly chars: readonly number[],
    private readonly alphabet: Alphabet,
  ) {
    this.words = Math.max(1, Math.ceil(chars.length / 32));
    this.masks = new Uint32Array(alphabet.size * this.words);
    chars.forEach((c, i) => {
      const bit = 1 << (i & 31);
      const w = i >>> 5;
      if (c === ANY) for (let letter = 0; letter < alphabet.size; letter++) this.masks[letter * this.words + w]! |= bit;
      else this.masks[alphabet.indexOf(c) * this.words + w]! |= bit;
    });
  }

  /** The code-unit end of the segment matched at code unit `at`, or -1. */
  prefixEnd(text: string, at: number): number {
    let i = at;
    for (const c of this.chars) {
      if (i >= text.length) return -1;
      const t = codePointAt(text, i);
      if (c !== ANY && c !== t) return -1;
      i += width(t);
    }
    return i;
  }

  /** The code-unit start of the segment matched so that it ends at `end`, or -1. */
  suffixStart(text: string, end: number): number {
    let i = end;
    for (let k = this.chars.length - 1; k >= 0; k--) {
      if (i <= 0) return -1;
      i = previousStart(text, i);
      const c = this.chars[k]!;
      if (c !== ANY && c !== codePointAt(text, i)) return -1;
    }
    return i;
  }

  /** The code-unit end of the leftmost match within text[from, to), or -1. Reads each character once. */
  findEnd(text: string, from: number, to: number): number {
    const n = this.chars.length;
    if (n === 0) return from;
    const { words, masks, alphabet } = this;
    const lastWord = (n - 1) >>> 5;
    const lastBit = 1 << ((n - 1) & 31);
    if (words === 1) {
      let state = 0;
      for (let j = from; j < to;) {
        const c = codePointAt(text, j);
        j += width(c);
        state = ((state << 1) | 1) & masks[alphabet.indexOf(c)]!;
        if (state & lastBit) return j;
      }
      return -1;
    }
    const state = new Uint32Array(words);
    for (let j = from; j < to;) {
      const c = codePointAt(text, j);
      j += width(c);
      const base = alphabet.indexOf(c) * words;
      let carry = 1;
      for (let w = 0; w < words; w++) {
        const word = state[w]!;
        state[w] = ((word << 1) | carry) & masks[base + w]!;
        carry = word >>> 31;
      }
      if (state[lastWord]! & lastBit) return j;
    }
    return -1;
  }
}

function compile(source: string): Glob {
  const pattern: number[] = [];
  const lower = source.toLowerCase();
  for (let i = 0; i < lower.length;) {
    const c = codePointAt(lower, i);
    i += width(c);
    pattern.push(c === 42 ? STAR : c === 63 ? ANY : c);
  }
  const alphabet = new Alphabet();
  for (const c of pattern) if (c >= 0) alphabet.add(c);
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= pattern.length; i++) {
    if (i === pattern.length || pattern[i] === STAR) {
      segments.push(new Segment(pattern.slice(start, i), alphabet));
      start = i + 1;
    }
  }
  return { source, match: (text) => matchSegments(segments, text.toLowerCase()) };
}

function matchSegments(segments: readonly Segment[], text: string): boolean {
  const first = segments[0]!;
  if (segments.length === 1) return first.prefixEnd(text, 0) === text.length;
  const begin = first.prefixEnd(text, 0);
  const end = segments[segments.length - 1]!.suffixStart(text, text.length);
  if (begin < 0 || end < begin) return false;
  let at = begin;
  for (let s = 1; s < segments.length - 1; s++) {
    at = segments[s]!.findEnd(text, at, end);
    if (at < 0) return false;
  }
  return true;
}

/** Compiled globs by source: a project's few scopes are matched against many runs. */
const compiled = new Map<string, Glob>();
const CACHED_GLOBS = 64;

/** Compiles a glob (cached); case is ignored (both sides lower-cased). */
export function compileGlob(source: string): Glob {
  let glob = compiled.get(source);
  if (!glob) {
    if (compiled.size >= CACHED_GLOBS) compiled.clear();
    compiled.set(source, (glob = compile(source)));
  }
  return glob;
}

/** One-off match of `text` against the glob `pattern`. */
export function globMatch(pattern: string, text: string): boolean {
  return compileGlob(pattern).match(text);
}
