// Columns for one history series (NaN = unknown), stored in fixed-size blocks while rows arrive
// (no copying as it grows) and joined into exact-size Float64Arrays once, at the end.
// Column k holds SERIES_FIELDS[k] for k < SERIES_FIELDS.length, then the percentiles in header order.
import type { HistorySeries } from '../types';

export const SERIES_FIELDS = [
  'timestampsS',
  'userCount',
  'rps',
  'failuresPerS',
  'totalRequests',
  'totalFailures',
  'totalMedianMs',
  'totalAvgMs',
  'totalMinMs',
  'totalMaxMs',
  'totalAvgSizeBytes',
] as const;

/** Rows per block: 64 KiB rows = 512 KiB per column block. */
const BLOCK_ROWS = 1 << 16;
const FIRST_BLOCK_ROWS = 256;

export class SeriesBuilder {
  length = 0;
  /** Cells of this series' previous row (to reuse unchanged values), null before the first. */
  prevCells: string[] | null = null;
  /** Position among the file's series, in order of first appearance. */
  orderIndex = 0;
  /** The block rows are written to: `cols[k][at]` after `nextIndex()`. */
  cols: Float64Array[];
  private readonly full: Float64Array[][] = [];
  private blockStart = 0;

  constructor(
    readonly method: string | null,
    /** Raw Type cell, to tell series with the same name apart without building keys. */
    readonly typeCell: string,
    readonly name: string,
    readonly percentileKeys: readonly string[],
  ) {
    this.cols = this.newBlock(FIRST_BLOCK_ROWS);
  }

  private newBlock(rows: number): Float64Array[] {
    return Array.from({ length: SERIES_FIELDS.length + this.percentileKeys.length }, () => new Float64Array(rows));
  }

  /** Index within `cols` for the next row; starts a new block when the current one is full. */
  nextIndex(): number {
    let at = this.length - this.blockStart;
    if (at === (this.cols[0] as Float64Array).length) {
      this.full.push(this.cols);
      this.blockStart = this.length;
      this.cols = this.newBlock(BLOCK_ROWS);
      at = 0;
    }
    this.length++;
    return at;
  }

  /** Value of column k in the previous row (valid when length >= 2). */
  previous(k: number, at: number): number {
    if (at > 0) return (this.cols[k] as Float64Array)[at - 1] as number;
    const last = this.full[this.full.length - 1] as Float64Array[];
    const col = last[k] as Float64Array;
    return col[col.length - 1] as number;
  }

  build(): HistorySeries {
    const blocks = [...this.full, this.cols];
    const col = (k: number) => {
      const out = new Float64Array(this.length);
      let at = 0;
      for (const block of blocks) {
        const part = block[k] as Float64Array;
        const n = Math.min(part.length, this.length - at);
        out.set(n === part.length ? part : part.subarray(0, n), at);
        at += n;
      }
      return out;
    };
    const percentiles: Record<string, Float64Array> = {};
    this.percentileKeys.forEach((key, i) => {
      percentiles[key] = col(SERIES_FIELDS.length + i);
    });
    const series: HistorySeries = {
      method: this.method,
      name: this.name,
      timestampsS: col(0),
      userCount: col(1),
      rps: col(2),
      failuresPerS: col(3),
      percentiles,
      totalRequests: col(4),
      totalFailures: col(5),
      totalMedianMs: col(6),
      totalAvgMs: col(7),
      totalMinMs: col(8),
      totalMaxMs: col(9),
      totalAvgSizeBytes: col(10),
    };
    // Release the blocks: the built columns are the only copy from here on.
    this.full.length = 0;
    this.cols = [];
    this.prevCells = null;
    return series;
  }
}
