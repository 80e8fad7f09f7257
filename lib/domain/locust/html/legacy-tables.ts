// Tolerant splitting of the legacy (Jinja) report's tables. Cell text is returned as written
// (entities not decoded): 1.4.2–2.10.1 insert names raw, so a cell may itself contain `<`, `&`
// or even `</td>`; cells are cut at the next `<td`/`<th` opening instead of parsing tags.
// Linear in the document (tags.ts): no regular expression here rescans the text.
import { findHeading, findOpenTag, openTags } from './tags';

export interface TableRow {
  cells: string[];
  /** Offset of the row's `<tr` in the document (for error lines). */
  offset: number;
}

export interface HtmlTable {
  /** Header texts, trimmed. */
  headers: string[];
  rows: TableRow[];
  /** The `<table ...>` opening tag, e.g. `<table class="stats">`. */
  openTag: string;
  offset: number;
}

/** The first table after the `<h2>` whose text is `heading`, or null when the section is absent. */
export function findTable(html: string, heading: string): HtmlTable | null {
  const hm = findHeading(html, 'h2', heading);
  if (!hm) return null;
  const om = findOpenTag(html, ['table'], hm.end);
  if (!om) return null;
  const bodyStart = om.end;
  const closeRe = /<\/table>/gi;
  closeRe.lastIndex = bodyStart;
  const close = closeRe.exec(html)?.index ?? html.length;
  const body = html.slice(bodyStart, close);
  const rows = splitRows(body, bodyStart);
  const headerRow = rows.find((r) => r.isHeader);
  return {
    headers: headerRow ? headerRow.cells.map((c) => c.trim()) : [],
    rows: rows.filter((r) => !r.isHeader && r.cells.length > 0).map(({ cells, offset }) => ({ cells, offset })),
    openTag: html.slice(om.start, om.end),
    offset: om.start,
  };
}

function splitRows(body: string, base: number): (TableRow & { isHeader: boolean })[] {
  const starts = openTags(body, ['tr']).map((t) => ({ at: t.start, contentAt: t.end }));
  return starts.map((s, i) => {
    let raw = body.slice(s.contentAt, starts[i + 1]?.at ?? body.length);
    raw = cutAtLast(raw, /<\/tr>/gi);
    // A header row has <th> cells; tbody rows have <td> cells.
    const isHeader = /^\s*<th[\s>]/i.test(raw);
    return { cells: splitCells(raw), offset: base + s.at, isHeader };
  });
}

function splitCells(row: string): string[] {
  const opens = openTags(row, ['td', 'th']).map((t) => ({ at: t.start, contentAt: t.end }));
  return opens.map((o, i) => cutAtLast(row.slice(o.contentAt, opens[i + 1]?.at ?? row.length), /<\/t[dh]>/gi));
}

/** Text before the last match of `closer`, or the text unchanged when there is none. */
function cutAtLast(text: string, closer: RegExp): string {
  let last = -1;
  closer.lastIndex = 0;
  for (let m = closer.exec(text); m; m = closer.exec(text)) last = m.index;
  return last === -1 ? text : text.slice(0, last);
}

/**
 * Cells of a row fitted to `width` columns. Extra cells (a raw name containing `<td>`) are joined
 * back into the column `joinAt` with the markup that split them; missing cells are undefined.
 */
export function fitCells(cells: string[], width: number, joinAt: number): (string | undefined)[] {
  if (cells.length <= width || joinAt < 0 || joinAt >= width) return cells;
  const extra = cells.length - width;
  const joined = cells.slice(joinAt, joinAt + extra + 1).join('<td>');
  return [...cells.slice(0, joinAt), joined, ...cells.slice(joinAt + extra + 1)];
}
