// Text scanning without script execution: balanced JSON/JS literals, tolerant JSON parsing, line numbers.
import { readNumberCell } from '../numbers';

const QUOTE = 34; // "
const BACKSLASH = 92;

/**
 * Index just past the bracket closing the `[` or `{` at `start`, or -1 when unbalanced.
 * Skips double-quoted strings (with backslash escapes), as JSON and Jinja's tojson write them.
 */
export function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * JSON.parse that also accepts what Locust's templates emit around JSON: trailing commas before
 * `]`/`}` and bare NaN/Infinity (read as null). Returns undefined when the text still is not JSON.
 */
export function parseLooseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the tolerant pass
  }
  try {
    return JSON.parse(cleanOutsideStrings(text));
  } catch {
    return undefined;
  }
}

function cleanOutsideStrings(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    const plainEnd = q === -1 ? text.length : q;
    out += nullForNonNumbers(text.slice(i, plainEnd).replace(/,(\s*[\]}])/g, '$1'));
    if (q === -1) break;
    let j = q + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    out += text.slice(q, j + 1);
    i = j + 1;
  }
  return out;
}

/**
 * `-Infinity`, `Infinity` and `NaN` as `null` (text outside JSON strings). As split/join, not
 * /-?\bInfinity\b|\bNaN\b/g: a chart of 100,000 NaNs costs a regular expression ~80 ns a match. Without
 * the word boundaries: where one fails (`1NaN`, `NaNx`), the text is not JSON with or without the change.
 */
function nullForNonNumbers(text: string): string {
  if (text.indexOf('NaN') === -1 && text.indexOf('Infinity') === -1) return text;
  return text.split('-Infinity').join('null').split('Infinity').join('null').split('NaN').join('null');
}

/**
 * Reads the balanced array that starts right after `marker` matched at or after `from`
 * (only whitespace may sit between them). Returns the parsed array and where it ended.
 */
export function readArrayAfter(
  text: string,
  marker: RegExp,
  from: number,
  until = text.length,
): { value: unknown[]; end: number } | undefined {
  const re = new RegExp(marker.source, marker.flags.includes('g') ? marker.flags : `${marker.flags}g`);
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= until) return undefined;
  let i = m.index + m[0].length;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  if (text[i] !== '[') return undefined;
  const end = balancedEnd(text, i);
  if (end === -1) return undefined;
  const value = parseLooseJson(text.slice(i, end));
  return Array.isArray(value) ? { value, end } : undefined;
}

/** A JSON value read as a number: numbers as-is, numeric strings parsed, everything else null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return readNumberCell(value) ?? null;
  return null;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
