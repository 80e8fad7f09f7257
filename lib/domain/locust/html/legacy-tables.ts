// Tolerant splitting of the legacy (Jinja) report's tables. Cell text is returned as written
// (entities not decoded): 1.4.2–2.10.1 insert names raw, so a cell may itself contain `<`, `&`
// or even `</td>`; cells are cut at the next `<td`/`<th` opening instead of parsing tags.

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

const CELL_OPEN_RE = /<t[dh](?:\s[^>]*)?>/gi;
const ROW_OPEN_RE = /<tr(?:\s[^>]*)?>/gi;

/** The first table after the `<h2>` whose text is `heading`, or null when the section is absent. */
export function findTable(html: string, heading: string): HtmlTable | null {
  const h = new RegExp(`<h2[^>]*>\\s*${heading.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*</h2>`, 'i');
  const hm = h.exec(html);
  if (!hm) return null;
  const open = /<table(?:\s[^>]*)?>/gi;
  open.lastIndex = hm.index + hm[0].length;
  const om = open.exec(html);
  if (!om) return null;
  const bodyStart = om.index + om[0].length;
  const closeRe = /<\/table>/gi;
  closeRe.lastIndex = bodyStart;
  const close = closeRe.exec(html)?.index ?? html.length;
  const body = html.slice(bodyStart, close);
  const rows = splitRows(body, bodyStart);
  const headerRow = rows.find((r) => r.isHeader);
  return {
    headers: headerRow ? headerRow.cells.map((c) => c.trim()) : [],
    rows: rows.filter((r) => !r.isHeader && r.cells.length > 0).map(({ cells, offset }) => ({ cells, offset })),
    openTag: om[0],
    offset: om.index,
  };
}

function splitRows(body: string, base: number): (TableRow & { isHeader: boolean })[] {
  const starts: { at: number; contentAt: number }[] = [];
  ROW_OPEN_RE.lastIndex = 0;
  for (let m = ROW_OPEN_RE.exec(body); m; m = ROW_OPEN_RE.exec(body)) {
    starts.push({ at: m.index, contentAt: m.index + m[0].length });
  }
  return starts.map((s, i) => {
    let raw = body.slice(s.contentAt, starts[i + 1]?.at ?? body.length);
    raw = cutAtLast(raw, /<\/tr>/gi);
    // A header row has <th> cells; tbody rows have <td> cells.
    const isHeader = /^\s*<th[\s>]/i.test(raw);
    return { cells: splitCells(raw), offset: base + s.at, isHeader };
  });
}

function splitCells(row: string): string[] {
  const opens: { at: number; contentAt: number }[] = [];
  CELL_OPEN_RE.lastIndex = 0;
  for (let m = CELL_OPEN_RE.exec(row); m; m = CELL_OPEN_RE.exec(row)) {
    opens.push({ at: m.index, contentAt: m.index + m[0].length });
  }
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

/** `<p>Label: <span ...>value</span>...</p>` in the info block -> the raw inner text of the `<p>`. */
export function infoLine(html: string, label: string): string | null {
  const m = new RegExp(`<p>\\s*${label}:\\s*([\\s\\S]*?)</p>`, 'i').exec(html);
  return m?.[1] ?? null;
}

/** Text of the first `<span>` in an info line, as written. */
export function firstSpan(inner: string): string | null {
  const m = /<span[^>]*>([\s\S]*?)<\/span>/i.exec(inner);
  return m?.[1] ?? null;
}
