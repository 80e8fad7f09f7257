// Growable columns for one history series (NaN = unknown), trimmed when finished.
import type { HistorySeries } from '../types';

export const SERIES_FIELDS = [
  'timestampsS', 'userCount', 'rps', 'failuresPerS',
  'totalRequests', 'totalFailures', 'totalMedianMs', 'totalAvgMs', 'totalMinMs', 'totalMaxMs', 'totalAvgSizeBytes',
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export class SeriesBuilder {
  length = 0;
  private capacity = 64;
  readonly fields: Float64Array[];
  readonly percentileColumns: Float64Array[];

  constructor(
    readonly method: string | null,
    readonly name: string,
    readonly percentileKeys: readonly string[],
  ) {
    this.fields = SERIES_FIELDS.map(() => new Float64Array(this.capacity));
    this.percentileColumns = percentileKeys.map(() => new Float64Array(this.capacity));
  }

  /** Index for the next row, growing storage as needed. */
  nextIndex(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = (a: Float64Array) => {
      const b = new Float64Array(this.capacity);
      b.set(a);
      return b;
    };
    for (let i = 0; i < this.fields.length; i++) this.fields[i] = grow(this.fields[i] as Float64Array);
    for (let i = 0; i < this.percentileColumns.length; i++) {
      this.percentileColumns[i] = grow(this.percentileColumns[i] as Float64Array);
    }
  }

  build(): HistorySeries {
    const n = this.length;
    // subarray, not slice: no copy of a million-row column (spare capacity stays allocated).
    const col = (i: number) => (this.fields[i] as Float64Array).subarray(0, n);
    const percentiles: Record<string, Float64Array> = {};
    this.percentileKeys.forEach((key, i) => {
      percentiles[key] = (this.percentileColumns[i] as Float64Array).subarray(0, n);
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
