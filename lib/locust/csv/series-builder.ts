// Growable columns for one history series (NaN = unknown). Column k holds SERIES_FIELDS[k] for
// k < SERIES_FIELDS.length, then the percentiles in header order.
import type { HistorySeries } from '../types';

export const SERIES_FIELDS = [
  'timestampsS', 'userCount', 'rps', 'failuresPerS',
  'totalRequests', 'totalFailures', 'totalMedianMs', 'totalAvgMs', 'totalMinMs', 'totalMaxMs', 'totalAvgSizeBytes',
] as const;

export class SeriesBuilder {
  length = 0;
  /** Cells of this series' previous row (to reuse unchanged values), null before the first. */
  prevCells: string[] | null = null;
  /** Position among the file's series, in order of first appearance. */
  orderIndex = 0;
  private capacity = 1024;
  readonly cols: Float64Array[];

  constructor(
    readonly method: string | null,
    /** Raw Type cell, to tell series with the same name apart without building keys. */
    readonly typeCell: string,
    readonly name: string,
    readonly percentileKeys: readonly string[],
  ) {
    this.cols = Array.from({ length: SERIES_FIELDS.length + percentileKeys.length }, () => new Float64Array(this.capacity));
  }

  /** Index for the next row, growing storage as needed. */
  nextIndex(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  private grow(): void {
    this.capacity *= 2;
    for (let i = 0; i < this.cols.length; i++) {
      const b = new Float64Array(this.capacity);
      b.set(this.cols[i] as Float64Array);
      this.cols[i] = b;
    }
  }

  build(): HistorySeries {
    // subarray, not slice: no copy of a million-row column (spare capacity stays allocated).
    const col = (i: number) => (this.cols[i] as Float64Array).subarray(0, this.length);
    const percentiles: Record<string, Float64Array> = {};
    this.percentileKeys.forEach((key, i) => {
      percentiles[key] = col(SERIES_FIELDS.length + i);
    });
    return {
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
  }
}
