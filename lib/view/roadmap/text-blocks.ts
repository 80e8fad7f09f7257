// Notes as written in a Markdown task list: plain text with fenced code blocks (```sql … ```).
// Split so the UI can show text with its line breaks and code as preformatted text, never as HTML.

import { fromCodeUnits } from '../../domain/format/code-units';

export type TextBlock = { kind: 'text'; text: string } | { kind: 'code'; text: string; lang: string | null };

/**
 * A fence line: indent, the whole run of ``` or ~~~, no backtick after it, then the language word.
 * Linear: the run is taken whole and the rest of the line is read once by the lookahead (`\s*([\w#+.-]*)`
 * followed by `[^`]*$` backtracked quadratically between the overlapping runs).
 */
const OPENING = /^( *)(`{3,}(?!`)|~{3,}(?!~))(?![^`]*`)\s*([\w#+.-]*)/;

/** Drops blank lines at both ends. */
function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** Index of the '\n' that ends the line starting at `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? text.length : at;
}

/** The start of the line that closes the fence, from `from` on; -1 when none does. Lines are found with
 *  indexOf and most are ruled out by their first character other than a space: no string per line. */
function closingLine(text: string, from: number, fenceChar: string, closing: RegExp): number {
  for (let start = from; start <= text.length;) {
    const end = lineEnd(text, start);
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (text[first] === fenceChar && closing.test(text.slice(start, end))) return start;
    start = end + 1;
  }
  return -1;
}

/** Each line of `code` without up to `count` leading spaces, copied once code unit by code unit (a regular
 *  expression replacing at every line start, or a string per line, costs several times more on 1 MB of
 *  short lines). */
function dedent(code: string, count: number): string {
  if (count === 0) return code;
  const out = new Uint16Array(code.length);
  let n = 0;
  let cut = 0; // spaces cut from the current line; -1 once past its indent
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 32 && cut >= 0 && cut < count) {
      cut++;
      continue;
    }
    cut = c === 10 ? 0 : -1;
    out[n++] = c;
  }
  return fromCodeUnits(out.subarray(0, n));
}

/** Text and fenced code blocks in order; an unclosed fence runs to the end; empty text is left out. */
export function splitCodeBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text: string[] = [];
  const flushText = () => {
    const lines = trimBlankLines(text);
    if (lines.length > 0) blocks.push({ kind: 'text', text: lines.join('\n') });
    text = [];
  };
  const src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  for (let start = 0; start <= src.length;) {
    const end = lineEnd(src, start);
    const line = src.slice(start, end);
    const open = OPENING.exec(line);
    if (!open) {
      text.push(line);
      start = end + 1;
      continue;
    }
    flushText();
    const [, indent = '', fence = '', lang] = open;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body = end + 1;
    const close = body <= src.length ? closingLine(src, body, fence[0]!, closing) : -1;
    // The code's lines, without the '\n' that ends the last one before the closing line.
    const code = body >= src.length ? '' : src.slice(body, close === -1 ? src.length : Math.max(body, close - 1));
    blocks.push({ kind: 'code', text: dedent(code, indent.length), lang: lang ? lang : null });
    start = close === -1 ? src.length + 1 : lineEnd(src, close) + 1;
  }
  flushText();
  return blocks;
}
