// Locating and parsing a JSON value inside text, with 1-based physical line numbers for errors.
import { unreadable } from '../errors';

/** Offset of the `--json` array: at the start of the text, or on a line that is exactly `[`. */
export function findArrayStart(text: string): number | null {
  const lead = /^\uFEFF?\s*\[\s*[{\]]/.exec(text);
  if (lead) return lead[0].indexOf('[');
  const line = /(?:^|\n)\[[ \t]*\r?(?:\n|$)/.exec(text);
  if (!line) return null;
  return line.index + line[0].indexOf('[');
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface BracketSpan {
  /** Offset just past the closing bracket. */
  end: number;
  /** Offsets of the array's top-level elements that are objects. */
  elementStarts: number[];
}

/** Scans from the `[` or `{` at `start` to its matching bracket, skipping JSON strings. */
export function matchBracket(text: string, start: number): BracketSpan | null {
  const elementStarts: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '[' || c === '{') {
      if (depth === 1 && c === '{') elementStarts.push(i);
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return { end: i + 1, elementStarts };
    }
  }
  return null;
}

/** JSON.parse of text[start, end); a syntax error becomes `unreadable` at its physical line. */
export function parseJsonSlice(file: string, text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(message)?.[1];
    const rel = /\(line (\d+) column/.exec(message)?.[1];
    let line: number | null = null;
    if (pos !== undefined) line = lineAt(text, start + Number(pos));
    else if (rel !== undefined) line = lineAt(text, start) + Number(rel) - 1;
    throw unreadable(file, line, `invalid JSON: ${message.slice(0, 200)}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
