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
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push(...rest(text.slice(at, m.index)));
    out.push({ kind, text: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(...rest(text.slice(at)));
  return out;
}

const plain = (text: string): InlineSegment[] => [{ kind: 'text', text }];

/** Code spans first (their content is literal), then bold in the text between them. */
export function inlineMarks(text: string): InlineSegment[] {
  return splitBy(text, CODE, 'code', (between) => splitBy(between, BOLD, 'bold', plain));
}
