// Phrases of the verdict banner: a metric's change in words, the goodput-and-scaling phrase, and a
// flagged row with its reason. Scaling is told on goodput (successful req/s) with the analysis' one
// verdict (Comparison.scaling.verdict === scalingCurve.verdict); the pair's own efficiency class (same
// thresholds) only decides whether the pair's gap may stand beside that verdict without contradicting it.
import type { Comparison, SummaryMetric, SummaryRow } from '../analysis/types';
import { formatChange, formatPercent } from '../format/format';
import { boundText, lowerBounds } from './ceiling';
import { formatFactor, formatMetricChange, formatMetricValue, METRIC_LABELS } from './metric-format';
import { pairDiffers } from '../analysis/scaling';

export const rowOf = (c: Pick<Comparison, 'summary'>, m: SummaryMetric) => c.summary.find((r) => r.metric === m);

const SHORT: Partial<Record<SummaryMetric, string>> = {
  successRate: 'success rate',
  medianMs: 'median',
  maxMs: 'max',
  rps: 'throughput',
  goodputRps: 'goodput',
};

type Ctx = Pick<Comparison, 'baselineIndex' | 'targetIndex' | 'latencyCeilingsMs'>;

/** The change: "≥ +11%" when only the target is a lower bound, "≤ −51%" when only the baseline is,
 *  unknown when both are. */
function boundedChange(row: SummaryRow, bounds: boolean[], b: number, t: number): string {
  const text = formatMetricChange(row.metric, row.change);
  if (bounds[t] && bounds[b]) return 'change unknown: both at the latency ceiling';
  if (bounds[t]) return `≥ ${text}`;
  if (bounds[b]) return `≤ ${text}`;
  return text;
}

/** "P95 4,200 ms vs 1,900 ms (+121%)"; at a latency ceiling "P95 ≥ 9,000 ms vs 8,100 ms (≥ +11%)". */
export function metricPhrase(row: SummaryRow, baseline: number, target: number, c?: Ctx): string {
  const label = SHORT[row.metric] ?? METRIC_LABELS[row.metric];
  const bounds = c ? lowerBounds(c, row) : row.values.map(() => false);
  const v = (i: number) => boundText(formatMetricValue(row.metric, row.values[i] ?? null), bounds[i] ?? false);
  return `${label} ${v(target)} vs ${v(baseline)} (${boundedChange(row, bounds, baseline, target)})`;
}

/**
 * "goodput 12.82/s vs 9.2/s (+39%) for 2× users: saturated (−30% against linear from 20 to 40 users)";
 * "goodput 9.1/s vs 9.2/s (−1%) at the same load (20 users)". Goodput when the comparison has it, else
 * all-requests throughput.
 */
export function throughputPhrase(c: Comparison): string | null {
  const row = rowOf(c, 'goodputRps') ?? rowOf(c, 'rps');
  const word = row?.metric === 'goodputRps' ? 'goodput' : 'throughput';
  const base = c.runs[c.baselineIndex];
  const last = c.runs[c.targetIndex];
  const change = row?.change ?? null;
  const s = c.scaling;
  const value = (i: number) => (row ? formatMetricValue(row.metric, row.values[i]) : '');
  const figures =
    row && change !== null
      ? `${word} ${value(c.targetIndex)} vs ${value(c.baselineIndex)} (${formatChange(change)})`
      : null;
  if (s && base?.userCount && last?.userCount) {
    const factor = formatFactor(last.userCount / base.userCount);
    if (s.verdict === 'unknown' || figures === null) return `${word} unknown for ${factor} users`;
    if (s.goodputGap === null) return `${figures} for ${factor} users: ${s.verdict}`;
    const gap = `${formatChange(s.goodputGap)} against linear from ${s.fromUsers} to ${s.toUsers} users`;
    // The verdict is the curve's over every load; when this pair alone reads otherwise (a retest scaling
    // linearly beside a saturated curve), both are said apart instead of one contradicting the other.
    if (pairDiffers(s) !== null) {
      return `${figures} for ${factor} users (${gap}); the curve over every load: ${s.verdict}`;
    }
    return `${figures} for ${factor} users: ${s.verdict} (${gap})`;
  }
  if (figures === null) return null;
  if (base?.userCount != null && base.userCount === last?.userCount) {
    return `${figures} at the same load (${base.userCount} users)`;
  }
  return figures;
}

/** Does the row read as better while its status is warning or critical (or the reverse)? Then its
 *  reason goes with it. */
function needsReason(row: SummaryRow): boolean {
  if (row.change === null || row.change === 0) return false;
  const higherIsBetter = row.metric === 'successRate' || row.metric === 'rps' || row.metric === 'goodputRps';
  const better = higherIsBetter ? row.change > 0 : row.change < 0;
  const bad = row.status === 'warning' || row.status === 'critical';
  return (better && bad) || (!better && row.status === 'improved');
}

/** "P95 +121%"; goodput under another load "Goodput −30% vs linear scaling from 20 to 40 users
 *  (saturated)"; the failure rate rather than the count; the reason beside a change whose sign reads the
 *  other way. */
export function flaggedPhrase(row: SummaryRow, c: Comparison): string {
  const t = c.targetIndex;
  const s = c.scaling;
  // The pair's gap runs from the run with fewer users to the one with more, whichever is the baseline.
  if (row.metric === 'goodputRps' && s && s.goodputGap !== null) {
    const users = `from ${s.fromUsers} to ${s.toUsers} users`;
    // The status is the curve's verdict; a pair that alone scales otherwise says so instead of "−1% (saturated)".
    if (pairDiffers(s) !== null) {
      return (
        `Goodput scaling ${s.verdict} over every load (this pair ${formatChange(s.goodputGap)} vs linear ` +
        `scaling ${users})`
      );
    }
    return `Goodput ${formatChange(s.goodputGap)} vs linear scaling ${users} (${s.verdict})`;
  }
  if (row.metric === 'failures') {
    const requests = rowOf(c, 'requests')?.values ?? [];
    const rate = (i: number) => {
      const [f, n] = [row.values[i] ?? null, requests[i] ?? null];
      return f === null || n === null || n === 0 ? null : f / n;
    };
    const [rb, rt] = [rate(c.baselineIndex), rate(t)];
    if (rb !== null && rt !== null) return `Failure rate ${formatPercent(rb)} → ${formatPercent(rt)}`;
  }
  const bounds = lowerBounds(c, row);
  const change = boundedChange(row, bounds, c.baselineIndex, t);
  const extra =
    row.beyondCriterion ??
    (bounds[t]
      ? 'at the latency ceiling'
      : bounds[c.baselineIndex]
        ? 'the baseline at the latency ceiling'
        : needsReason(row)
          ? row.reason
          : null);
  return `${METRIC_LABELS[row.metric]} ${change}${extra ? ` (${extra})` : ''}`;
}
