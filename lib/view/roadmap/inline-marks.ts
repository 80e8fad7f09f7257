// The inline Markdown people write in titles and notes: `code` and **bold**. Split into segments the
// UI renders as <code> and <strong> elements (text only, never HTML); everything else stays as written.

export type InlineSegment = { kind: 'text' | 'code' | 'bold'; text: string };

const CODE = /`([^`\n]+)`/g;
const BOLD = /\*\*(?=\S)([^*\n]*?\S)\*\*/g;

function splitBy(
  text: string,
  pattern: RegExp,
  kind: 'code' | 'bold',
  rest: (s: string) => InlineSegment[],
): InlineSegment[] {
  const out: InlineSegment[] = [];
  let at = 0;
  // Segments are appended one by one: `push(...segments)` overflows the stack on a text of 100,000 marks.
  const add = (segments: InlineSegment[]) => {
    for (const segment of segments) out.push(segment);
  };
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) add(rest(text.slice(at, m.index)));
    out.push({ kind, text: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) add(rest(text.slice(at)));
  return out;
}

const plain = (text: string): InlineSegment[] => [{ kind: 'text', text }];

/** Code spans first (their content is literal), then bold in the text between them. */
export function inlineMarks(text: string): InlineSegment[] {
  // Only text holding `**` is searched for bold: a search per code span costs ~0.7 µs (a million of them in 1 MB).
  const bold = (between: string) => (between.includes('**') ? splitBy(between, BOLD, 'bold', plain) : plain(between));
  return splitBy(text, CODE, 'code', bold);
}
