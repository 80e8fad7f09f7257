// Percentile keys are labels without `%` ("50", "99.9", "100"). JS objects list integer-like keys
// first ("50", "100", then "99.9"), so every ordering goes through Number().

export function sortPercentileKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort((a, b) => Number(a) - Number(b));
}

/** Every percentile key present in any of the rows, in numeric order. */
export function percentileKeysOf(rows: readonly { percentiles: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.percentiles)) keys.add(key);
  return sortPercentileKeys(keys);
}

/** "99.9" -> "P99.9". */
export function percentileLabel(key: string): string {
  return `P${key}`;
}

/** A chart data key without dots (Recharts reads "p99.9" as a nested path): "99.9" -> "p99_9". */
export function percentileDataKey(key: string): string {
  return `p${key.replace(/\./g, '_')}`;
}

/** Reads "p95" / "p99.9" column names of the series API back to keys; null for other names. */
export function percentileKeyFromColumn(column: string): string | null {
  const m = /^p(\d+(?:\.\d+)?)$/.exec(column);
  return m ? (m[1] ?? null) : null;
}
