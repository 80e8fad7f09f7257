// The headline table: each metric per run, the target's change against the baseline, the status
// and its reason, and whether the change is real (p-value, or latency window evidence).
import type { Comparison, Status, SummaryMetric } from '../analysis/types';
import { changeTone, formatMetricChange, formatMetricValue, METRIC_LABELS, relativeChange, significanceWords, type Tone } from './format';

export interface HeadlineRow {
  metric: SummaryMetric;
  label: string;
  /** One formatted value per run. */
  values: string[];
  /** Each run against the baseline (null for the baseline itself), for tables of 3+ runs. */
  deltas: ({ text: string; tone: Tone } | null)[];
  change: string;
  changeTone: Tone;
  status: Status;
  reason: string;
  /** "not significant (p = 0.74)", the latency evidence, or null when nothing tests this row. */
  significance: string | null;
  /** true = the change is real, false = it is not, null = no test. */
  real: boolean | null;
}

export function headlineRows(c: Comparison): HeadlineRow[] {
  const b = c.baselineIndex;
  return c.summary.map((row) => {
    const base = row.values[b] ?? null;
    const deltas = row.values.map((v, i) => {
      if (i === b) return null;
      const change = row.metric === 'successRate' ? (v === null || base === null ? null : v - base) : relativeChange(base, v);
      return { text: formatMetricChange(row.metric, change), tone: changeTone(row.metric, change) };
    });
    const p = significanceWords(row.pValue);
    const real = row.pValue !== null ? row.pValue < 0.05 : row.real ?? null;
    return {
      metric: row.metric,
      label: METRIC_LABELS[row.metric],
      values: row.values.map((v) => formatMetricValue(row.metric, v)),
      deltas,
      change: formatMetricChange(row.metric, row.change),
      changeTone: changeTone(row.metric, row.change),
      status: row.status,
      reason: row.reason,
      significance: p ?? row.evidence ?? null,
      real,
    };
  });
}
