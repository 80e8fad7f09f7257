// Text that comes from data (endpoint names, methods, error messages, run labels, file names) as
// inline Markdown that renders as exactly that text: no link, image, HTML, code span, emphasis,
// autolink or table break can come from it, and it stays on one line.

/** Backslash-escapes what CommonMark/GFM could read as markup; line breaks become spaces. */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n\t\v\f]+/g, ' ')
    .replace(/[\\`*_[\]<>!|~&:@$]/g, '\\$&')
    .replace(/\b(www)\./gi, '$1\\.');
}
