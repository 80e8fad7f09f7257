// Typed access to one CSV row's cells, with errors that name the file, line and column.
import { clipForMessage, unreadable } from '../errors';
import { readNumberCell } from '../numbers';
import type { ColumnId, HeaderMap } from './columns';

export class RowCells {
  cells: string[] = [];
  line = 0;
  constructor(
    readonly fileName: string,
    readonly header: HeaderMap,
  ) {}

  set(cells: string[], line: number): this {
    this.cells = cells;
    this.line = line;
    return this;
  }

  /** Raw text of a column ('' when the column does not exist). */
  text(id: ColumnId): string {
    const i = this.header.index[id];
    return i === undefined ? '' : (this.cells[i] ?? '');
  }

  /** Nullable number; null when the column is absent or says "no data" (N/A, empty). */
  num(id: ColumnId): number | null {
    const i = this.header.index[id];
    return i === undefined ? null : this.numAt(i, id);
  }

  /** A count that must be present (Request Count, Failure Count...). */
  count(id: ColumnId): number {
    const v = this.num(id);
    if (v === null || !Number.isFinite(v) || v < 0 || v > Number.MAX_SAFE_INTEGER) {
      throw this.error(`column "${this.label(id)}" must be a count, got "${clipForMessage(this.text(id), 40)}"`);
    }
    return v;
  }

  /** A duration or size: null (unknown) or a number that is not negative. */
  nonNegative(id: ColumnId): number | null {
    const v = this.num(id);
    if (v !== null && v < 0)
      throw this.error(`column "${this.label(id)}" holds ${v}: response times and sizes cannot be negative`);
    return v;
  }

  numAt(i: number, what: string): number | null {
    const raw = this.cells[i] ?? '';
    // Fast path: most cells are plain numbers.
    if (raw.length > 0 && raw.charCodeAt(0) > 32) {
      const n = +raw;
      if (n === n) return n;
    }
    const v = readNumberCell(raw);
    if (v === undefined)
      throw this.error(
        `column "${this.header.labels[i] ?? what}" holds "${clipForMessage(raw, 40)}", expected a number`,
      );
    return v;
  }

  /** Percentile columns (ms): null (unknown) or not negative. */
  percentiles(): Record<string, number | null> {
    const out: Record<string, number | null> = {};
    for (const [key, i] of this.header.percentiles) {
      const v = this.numAt(i, `${key}%`);
      if (v !== null && v < 0)
        throw this.error(`column "${this.header.labels[i] ?? key}" holds ${v}: response times cannot be negative`);
      out[key] = v;
    }
    return out;
  }

  /** Method/Type cell: the text, or null when empty or Python's "None". */
  method(): string | null {
    const t = this.text('type');
    return t === '' || t === 'None' ? null : t;
  }

  error(reason: string) {
    return unreadable(this.fileName, this.line, reason);
  }

  private label(id: ColumnId): string {
    const i = this.header.index[id];
    return i === undefined ? id : (this.header.labels[i] ?? id);
  }
}
