// Text alternatives of charts: the numbers a chart shows, as one sentence a screen reader reads in place
// of the picture (components/charts/chart-frame.tsx). Values are in the chart's unit; `format` writes them
// as the axis does. Unknown values (null, NaN) are left out, never read as 0.

export interface SummarySeries {
  name: string;
  values: readonly (number | null | undefined)[];
}

type Format = (value: number) => string;

const known = (values: SummarySeries['values']): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/**
 * Categories on the x axis (percentiles, runs, user counts): every value.
 * "Response time by percentile. Run A: P50 120 ms, P95 870 ms. Run B: P50 130 ms, P95 no data."
 */
export function categorySummary(
  title: string,
  labels: readonly string[],
  series: readonly SummarySeries[],
  format: Format,
): string {
  const parts = series.map((s) => {
    const values = labels.map((label, i) => {
      const v = s.values[i];
      return `${label} ${typeof v === 'number' && Number.isFinite(v) ? format(v) : 'no data'}`;
    });
    return `${s.name}: ${values.join(', ')}.`;
  });
  return [`${title}.`, ...parts].join(' ');
}

/**
 * Many points over time: per series the lowest, highest and average value.
 * "Throughput over 05:00. Requests/s: lowest 0/s, highest 45/s, average 31/s. Failures/s: no data."
 */
export function rangeSummary(title: string, series: readonly SummarySeries[], format: Format): string {
  const parts = series.map((s) => {
    const values = known(s.values);
    if (values.length === 0) return `${s.name}: no data.`;
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return (
      `${s.name}: lowest ${format(Math.min(...values))}, highest ${format(Math.max(...values))}, ` +
      `average ${format(mean)}.`
    );
  });
  return [`${title}.`, ...parts].join(' ');
}

/** A chart row's cell as a value: numbers only (labels and missing cells are unknown). */
export const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
