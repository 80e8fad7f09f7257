// The headline table: each metric per run, the change of the target run against the baseline, and
// a status from the thresholds (rate changes must also be statistically significant).
import type { EndpointStats } from '../locust/types';
import { metricValue } from './metrics';
import { failureRatePValue } from './significance';
import type { Thresholds } from './thresholds';
import type { Status, SummaryMetric, SummaryRow } from './types';

const ORDER: SummaryMetric[] = ['successRate', 'failures', 'requests', 'rps', 'medianMs', 'p75Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs'];

/** Users of each run (null = unknown): throughput is judged against the load when it changed. */
export function buildSummary(aggregates: EndpointStats[], baseline: number, target: number, t: Thresholds, users: (number | null)[] = []): SummaryRow[] {
  const loadRatio = loadRatioOf(users[baseline] ?? null, users[target] ?? null);
  const base = aggregates[baseline] as EndpointStats;
  const last = aggregates[target] as EndpointStats;
  const pValue = failureRatePValue(base.failures, base.requests, last.failures, last.requests);
  return ORDER.map((metric) => {
    const values = aggregates.map((a) => metricValue(a, metric));
    const b = values[baseline] ?? null;
    const l = values[target] ?? null;
    const change = b === null || l === null ? null : metric === 'successRate' ? l - b : b === 0 ? (l === 0 ? 0 : null) : l / b - 1;
    const rated = metric === 'successRate' || metric === 'failures';
    if (metric === 'rps' && loadRatio !== null) {
      const { status, reason, expected } = judgeThroughputUnderLoad(b, l, loadRatio, t);
      return { metric, values, change, status, pValue: null, reason, expected };
    }
    const { status, reason } = judge(metric, b, l, change, rated ? pValue : null, t);
    return { metric, values, change, status, pValue: rated ? pValue : null, reason };
  });
}

function judge(metric: SummaryMetric, b: number | null, l: number | null, change: number | null, p: number | null, t: Thresholds): { status: Status; reason: string } {
  if (b === null || l === null || change === null) return { status: 'ok', reason: 'not comparable: a run lacks this figure' };
  const level = (value: number, limits: { warning: number; critical: number }): Status =>
    value >= limits.critical ? 'critical' : value >= limits.warning ? 'warning' : 'ok';
  const real = p === null || p < t.alpha;
  switch (metric) {
    case 'successRate': {
      const s = real ? level(-change, t.successRateDrop) : 'ok';
      return { status: s, reason: s === 'ok' && !real ? `not significant (p = ${p?.toPrecision(2)})` : `${(change * 100).toFixed(2)} points` };
    }
    case 'failures': {
      const s = real && l > b ? level(change, t.failuresGrowth) : 'ok';
      return { status: s, reason: s === 'ok' && !real ? `not significant (p = ${p?.toPrecision(2)})` : 'failure count' };
    }
    case 'requests':
      return { status: 'ok', reason: 'depends on test duration; see throughput' };
    case 'rps':
      return { status: level(-change, t.rpsDrop), reason: 'whole-run throughput' };
    case 'maxMs':
      return { status: level(change, t.maxGrowth), reason: 'a single request: noisy' };
    default: {
      if (Math.abs(l - b) < t.latencyFloorMs) return { status: 'ok', reason: `within the ${t.latencyFloorMs} ms noise floor` };
      return { status: level(change, t.latencyGrowth), reason: 'bucketed latency (2 significant digits)' };
    }
  }
}

function loadRatioOf(baseUsers: number | null, targetUsers: number | null): number | null {
  return baseUsers !== null && targetUsers !== null && baseUsers > 0 && baseUsers !== targetUsers ? targetUsers / baseUsers : null;
}

/** With another user count, throughput is judged against linear scaling from the baseline's. */
function judgeThroughputUnderLoad(b: number | null, l: number | null, ratio: number, t: Thresholds): { status: Status; reason: string; expected: number | null } {
  if (b === null || l === null || b <= 0) return { status: 'ok', reason: 'not comparable: a run lacks throughput', expected: null };
  const expected = b * ratio;
  const gap = l / expected - 1;
  const status: Status = -gap >= t.rpsDrop.critical ? 'critical' : -gap >= t.rpsDrop.warning ? 'warning' : 'ok';
  const pct = Math.round(gap * 100);
  return { status, reason: `${pct >= 0 ? '+' : '−'}${Math.abs(pct)}% against linear scaling for ×${Number(ratio.toFixed(2))} users (${expected.toFixed(2)}/s expected)`, expected };
}
