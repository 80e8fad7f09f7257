// The headline table: each metric per run, the change of the target run against the baseline, and
// a status (summary-judge.ts) from the thresholds, significance, the latency ceiling, the criteria
// limits and the scaling verdict. Pure.
import type { EndpointStats } from '../locust/types';
import { metricValue } from './metrics';
import { failureRatePValue } from './significance';
import { judgeRow, type JudgeContext } from './summary-judge';
import type { Thresholds } from './thresholds';
import type { LatencyLimits, Scaling, SummaryMetric, SummaryRow } from './types';

export const SUMMARY_ORDER: SummaryMetric[] = [
  'successRate',
  'failures',
  'requests',
  'rps',
  'goodputRps',
  'medianMs',
  'p75Ms',
  'p90Ms',
  'p95Ms',
  'p99Ms',
  'maxMs',
];

export interface SummaryOptions {
  thresholds: Thresholds;
  /** Users of each run (null = unknown). */
  users?: (number | null)[];
  /** Latency ceiling of each run in ms (null = none detected). */
  ceilingsMs?: (number | null)[];
  /** The pair's scaling figures with the curve's verdict; null when the load did not change. */
  scaling?: Scaling | null;
  latencyLimits?: LatencyLimits;
}

export function buildSummary(
  aggregates: EndpointStats[],
  baseline: number,
  target: number,
  o: SummaryOptions,
): SummaryRow[] {
  const base = aggregates[baseline] as EndpointStats;
  const last = aggregates[target] as EndpointStats;
  const users = o.users ?? [];
  const ctx: JudgeContext = {
    t: o.thresholds,
    base,
    last,
    pValue: failureRatePValue(base.failures, base.requests, last.failures, last.requests),
    sameLoad: users[baseline] == null || users[target] == null || users[baseline] === users[target],
    targetIsLarger: (users[target] ?? 0) > (users[baseline] ?? Infinity),
    scaling: o.scaling ?? null,
    ceilingMs: [o.ceilingsMs?.[baseline] ?? null, o.ceilingsMs?.[target] ?? null],
    latencyLimits: o.latencyLimits ?? {},
  };
  return SUMMARY_ORDER.map((metric) => {
    const values = aggregates.map((a) => metricValue(a, metric));
    const b = values[baseline] ?? null;
    const l = values[target] ?? null;
    const change =
      b === null || l === null ? null : metric === 'successRate' ? l - b : b === 0 ? (l === 0 ? 0 : null) : l / b - 1;
    return { metric, values, change, ...judgeRow(metric, b, l, change, ctx) };
  });
}
