// Reduces long series to fewer points by grouping consecutive rows.
// A bucket's value is null only when every row of the bucket is null (gaps survive).

type Row = { t: number; ts: number } & Record<string, number | null>;

export interface BucketRules {
  /** Averaged (rates). */
  mean: string[];
  /** Maximum kept (user counts, percentiles: a spike stays visible). */
  max: string[];
}

export function bucketPoints<T extends Row>(rows: readonly T[], size: number, rules: BucketRules): T[] {
  const out: T[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const bucket = rows.slice(start, start + size);
    const first = bucket[0] as T;
    const point = { t: first.t, ts: first.ts } as Row;
    for (const key of rules.mean) {
      let sum = 0;
      let n = 0;
      for (const r of bucket) {
        const v = r[key];
        if (v === null || v === undefined) continue;
        sum += v;
        n++;
      }
      point[key] = n > 0 ? sum / n : null;
    }
    for (const key of rules.max) {
      let max: number | null = null;
      for (const r of bucket) {
        const v = r[key];
        if (v !== null && v !== undefined && (max === null || v > max)) max = v;
      }
      point[key] = max;
    }
    out.push(point as T);
  }
  return out;
}
