// Notes as written in a Markdown task list: plain text with fenced code blocks (```sql … ```).
// Split so the UI can show text with its line breaks and code as preformatted text, never as HTML.

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

/** Whether `line` closes the fence (`closing`); most lines are ruled out by their first character. */
function closes(line: string, fenceChar: string, closing: RegExp): boolean {
  let first = 0;
  while (line.charCodeAt(first) === 32) first++;
  return line[first] === fenceChar && closing.test(line);
}

/** `line.replace(/^ {0,count}/, '')`, without a regular expression per line of a long block. */
function withoutSpaces(line: string, count: number): string {
  let cut = 0;
  while (cut < count && line.charCodeAt(cut) === 32) cut++;
  return cut === 0 ? line : line.slice(cut);
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
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = OPENING.exec(lines[i]!);
    if (!open) {
      text.push(lines[i]!);
      continue;
    }
    flushText();
    const [, indent = '', fence = '', lang] = open;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const code: string[] = [];
    for (i++; i < lines.length && !closes(lines[i]!, fence[0]!, closing); i++) {
      code.push(withoutSpaces(lines[i]!, indent.length));
    }
    blocks.push({ kind: 'code', text: code.join('\n'), lang: lang ? lang : null });
  }
  flushText();
  return blocks;
}
