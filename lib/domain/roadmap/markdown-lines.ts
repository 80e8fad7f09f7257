// Line syntax of roadmap Markdown, shared by import and export: indentation, list markers, headings,
// thematic breaks, fenced code, and the `\` escape that keeps phase-notes lines from reading as structure
// (`\- x`, `\## x`). Performance: linear in the input; no regex here may backtrack quadratically on a
// 1 MiB line.

/** Columns per tab stop. */
const TAB_STOP = 4;

/**
 * Columns of leading spaces and tabs, counted up to `atMost` (a deeper indentation gives a value of at least
 * `atMost`): a check against a small indentation then reads a few characters of a line, not all 1 MB of it.
 */
export function indentOf(line: string, atMost = Infinity): number {
  let column = 0;
  for (let i = 0; i < line.length && column < atMost; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) column += 1;
    else if (c === 9) column += TAB_STOP - (column % TAB_STOP);
    else break;
  }
  return column;
}

/** `line` without its first `columns` columns of indentation; a tab split by the cut leaves spaces. */
export function dedent(line: string, columns: number): string {
  let column = 0;
  let i = 0;
  while (i < line.length && column < columns) {
    const ch = line[i];
    if (ch === '\t') {
      const next = column + TAB_STOP - (column % TAB_STOP);
      if (next > columns) return ' '.repeat(next - columns) + line.slice(i + 1);
      column = next;
    } else if (ch === ' ') column += 1;
    else break;
    i += 1;
  }
  return line.slice(i);
}

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

export interface ListMarker {
  /** Columns before the marker. */
  indent: number;
  /** Column where the item's text starts. */
  contentColumn: number;
  /** The text after the marker. */
  content: string;
}

// The gap takes every space and tab: the content starts with neither (no run for the two to trade).
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)((?:[^ \t].*)?))?$/s;

export function listMarkerOf(line: string): ListMarker | null {
  const m = LIST_MARKER.exec(line);
  if (!m) return null;
  const indent = indentOf(m[1]!);
  const content = m[4] ?? '';
  // CommonMark: 1-4 spaces after the marker belong to it; more (or none, on an empty item) count as 1.
  const gap = m[3]?.length ?? 1;
  const markerWidth = m[2]!.length + (gap > 4 || content === '' ? 1 : gap);
  return { indent, contentColumn: indent + markerWidth, content };
}

/** A heading's level (1-6) and text without the closing `#` sequence; null for other lines. */
export function headingOf(line: string): { level: number; title: string } | null {
  if (indentOf(line, 4) > 3) return null;
  const m = /^[ \t]*(#{1,6})(?:[ \t](.*))?$/s.exec(line);
  if (!m) return null;
  return { level: m[1]!.length, title: headingText(m[2] ?? '') };
}

function headingText(content: string): string {
  const text = content.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  const closed = end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t');
  return (closed ? text.slice(0, end) : text).trim();
}

export function isThematicBreak(line: string): boolean {
  return indentOf(line, 4) <= 3 && /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}

export interface Fence {
  char: string;
  /** Length of the opening run of backticks or tildes. */
  length: number;
}

export function fenceOpenerOf(line: string): Fence | null {
  if (indentOf(line, 4) > 3) return null;
  const m = /^[ \t]*(`{3,}(?!`)|~{3,}(?!~))(.*)$/s.exec(line);
  if (!m) return null;
  const run = m[1]!;
  if (run[0] === '`' && m[2]!.includes('`')) return null;
  return { char: run[0]!, length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  if (indentOf(line, 4) > 3) return false;
  const run = line.trim();
  return run.length >= fence.length && /^(`+|~+)$/.test(run) && run[0] === fence.char;
}

/** Whether a line outside items reads as structure (heading, rule, fence, list item) rather than text. */
export function isStructural(line: string): boolean {
  const marker = listMarkerOf(line);
  return (
    headingOf(line) !== null ||
    isThematicBreak(line) ||
    fenceOpenerOf(line) !== null ||
    (marker !== null && marker.indent <= 3)
  );
}

/** A phase-notes line as read: `\` removed before structure (and before another `\`). */
export function unescapeNoteLine(line: string): string {
  const m = /^([ \t]*)\\(.*)$/s.exec(line);
  if (!m) return line;
  const unescaped = m[1]! + m[2]!;
  return isStructural(unescaped) || m[2]!.startsWith('\\') ? unescaped : line;
}

/** Inverse of unescapeNoteLine, and never structural: unescapeNoteLine(escapeNoteLine(l)) === l. */
export function escapeNoteLine(line: string): string {
  if (!isStructural(line) && unescapeNoteLine(line) === line) return line;
  const indent = /^[ \t]*/.exec(line)![0];
  return `${indent}\\${line.slice(indent.length)}`;
}

export interface SourceLine {
  text: string;
  /** 1-based line of the input. */
  no: number;
}

/** End (exclusive) of the block starting at `start`: the following lines indented >= `minIndent`,
 *  with blank lines between them. */
export function blockEnd(lines: SourceLine[], start: number, minIndent: number): number {
  let end = start + 1;
  for (let k = start + 1; k < lines.length; k += 1) {
    const text = lines[k]!.text;
    if (isBlank(text)) continue;
    if (indentOf(text, minIndent) < minIndent) break;
    end = k + 1;
  }
  return end;
}

/** Index of the line closing the fence opened at `open`; the last line when it stays open. */
export function fenceEnd(lines: SourceLine[], open: number, fence: Fence): number {
  for (let k = open + 1; k < lines.length; k += 1) if (closesFence(lines[k]!.text, fence)) return k;
  return lines.length - 1;
}

export function textsOf(lines: SourceLine[], start: number, end: number): string[] {
  return lines.slice(start, end).map((l) => l.text);
}
