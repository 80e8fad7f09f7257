// Text that comes from data (endpoint names, methods, error messages, run labels, file names) as
// inline Markdown that renders as exactly that text: no link, image, HTML, code span, emphasis,
// autolink or table break can come from it, and it stays on one line.
import { fromCodeUnits } from './code-units';

/** Characters CommonMark/GFM could read as markup: 1 at their code. */
const MARKUP = new Uint8Array(128);
for (const c of '\\`*_[]<>!|~&:@$') MARKUP[c.charCodeAt(0)] = 1;

/** Backslash-escapes what CommonMark/GFM could read as markup; line breaks become spaces. */
export function mdText(text: string): string {
  return escapeMarkup(text.replace(/[\r\n\t\v\f]+/g, ' ')).replace(/\b(www)\./gi, '$1\\.');
}

/** text.replace(/[\\`*_[\]<>!|~&:@$]/g, '\\$&'), in one pass over the code units (a name can be 1 MB of them). */
function escapeMarkup(text: string): string {
  const first = firstMarkup(text);
  if (first === -1) return text;
  const out = new Uint16Array(2 * text.length - first);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && MARKUP[c] === 1) out[n++] = 92;
    out[n++] = c;
  }
  return fromCodeUnits(out.subarray(0, n));
}

function firstMarkup(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && MARKUP[c] === 1) return i;
  }
  return -1;
}
