// CSV for spreadsheets (RFC 4180: `,` separated, CRLF line ends, cells holding `,` `"` CR or LF
// quoted with `"` doubled). Text cells are neutralised against formula injection (OWASP): one
// starting with = + - @ tab or CR gets a leading `'`, so a spreadsheet shows it as text. Numbers
// are written as numbers (a real −12.5 stays numeric); null and non-finite numbers are empty.

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table. Starts with a UTF-8 BOM so that spreadsheets read non-ASCII names correctly. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
