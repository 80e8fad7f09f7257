// The headline table: each metric per run, the target's change against the baseline, the status
// and its reason, and whether the change is real (p-value, or latency window evidence). A latency at
// its run's ceiling reads as a lower bound ("≥ 9,000 ms"); the failure count's colour follows the
// failure RATE (the analysis judges the rate: a count grows with traffic).
import type { Comparison, Status, SummaryMetric } from '../../domain/analysis/types';
import { NONE } from '../../domain/format/format';
import { boundText, lowerBounds } from '../../domain/report/ceiling';
import {
  changeTone,
  formatMetricChange,
  formatMetricValue,
  METRIC_LABELS,
  relativeChange,
  significanceWords,
  type Tone,
} from '../../domain/report/metric-format';

export interface HeadlineRow {
  metric: SummaryMetric;
  label: string;
  /** What the metric counts, when the label alone could mislead ("successful req/s"). */
  hint: string | null;
  /** One formatted value per run ("≥ 9,000 ms" for a lower bound). */
  values: string[];
  /** Per run: the value is a lower bound (the run's responses stop at a latency ceiling). */
  lowerBound: boolean[];
  /** Each run against the baseline (null for the baseline itself), for tables of 3+ runs. */
  deltas: ({ text: string; tone: Tone } | null)[];
  change: string;
  changeTone: Tone;
  status: Status;
  reason: string;
  /** "inconclusive (p = 0.74)", the latency evidence, or null when nothing tests this row. */
  significance: string | null;
  /** true = the change is real, false = the test could not show it (inconclusive), null = no test. */
  real: boolean | null;
}

const HINTS: Partial<Record<SummaryMetric, string>> = {
  rps: 'all requests, failed included',
  goodputRps: 'successful requests per second',
  failures: 'count; judged by the failure rate',
};

/** Target at the ceiling: the change is at least this; baseline at it: at most; both: unknown ("?"). */
function boundedChange(text: string, baseline: boolean, target: boolean): string {
  if (text === NONE) return text;
  if (baseline && target) return '?';
  return target ? `≥ ${text}` : baseline ? `≤ ${text}` : text;
}

/** The "is it real?" line, unless the reason already says it (the analysis' reason often quotes the p-value). */
export function significanceLine(row: Pick<HeadlineRow, 'significance' | 'reason'>): string | null {
  if (!row.significance) return null;
  const p = /\((p [<=] [^)]*)\)$/.exec(row.significance)?.[1];
  return row.significance === row.reason || (p !== undefined && row.reason.includes(p)) ? null : row.significance;
}

type Ctx = Pick<Comparison, 'summary' | 'baselineIndex' | 'targetIndex' | 'latencyCeilingsMs'>;

export function headlineRows(c: Ctx): HeadlineRow[] {
  const b = c.baselineIndex;
  // The failure count's tone is the failure rate's: the opposite of the success rate's.
  const success = c.summary.find((r) => r.metric === 'successRate');
  const successTone = (i: number | null) => {
    const [sb, si] = [success?.values[b] ?? null, i === null ? null : (success?.values[i] ?? null)];
    return sb === null || si === null ? 'none' : changeTone('successRate', si - sb);
  };
  const toneOf = (metric: SummaryMetric, change: number | null, run: number | null): Tone =>
    metric === 'failures' && success ? successTone(run) : changeTone(metric, change);
  return c.summary.map((row) => {
    const base = row.values[b] ?? null;
    const bounds = lowerBounds(c, row);
    const deltas = row.values.map((v, i) => {
      if (i === b) return null;
      const change =
        row.metric !== 'successRate' ? relativeChange(base, v) : v === null || base === null ? null : v - base;
      return { text: formatMetricChange(row.metric, change), tone: toneOf(row.metric, change, i) };
    });
    const p = significanceWords(row.pValue);
    const real = row.pValue !== null ? row.pValue < 0.05 : (row.real ?? null);
    return {
      metric: row.metric,
      label: METRIC_LABELS[row.metric],
      hint: HINTS[row.metric] ?? null,
      values: row.values.map((v, i) => boundText(formatMetricValue(row.metric, v), bounds[i] ?? false)),
      lowerBound: bounds,
      deltas,
      change: boundedChange(
        formatMetricChange(row.metric, row.change),
        bounds[b] ?? false,
        bounds[c.targetIndex] ?? false,
      ),
      changeTone: toneOf(row.metric, row.change, c.targetIndex),
      status: row.status,
      reason: row.reason,
      significance: p ?? row.evidence ?? null,
      real,
    };
  });
}
