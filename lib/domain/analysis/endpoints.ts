// Per-endpoint rows across runs, keyed by (method, name), in the baseline's order then new ones.
import type { EndpointStats, ParsedRun } from '../locust/types';
import { failureRatePValue, holmAdjust, pText } from './significance';
import type { Thresholds } from './thresholds';
import type { EndpointComparison, EndpointRunFigures, Status } from './types';

const key = (e: { method: string | null; name: string }) => `${e.method ?? ''}\u0001${e.name}`;

function figures(e: EndpointStats): EndpointRunFigures {
  return {
    requests: e.requests,
    failures: e.failures,
    failureRate: e.requests > 0 ? e.failures / e.requests : null,
    medianMs: e.medianMs,
    p95Ms: e.percentiles['95'] ?? null,
    maxMs: e.maxMs,
  };
}

const relative = (b: number | null | undefined, l: number | null | undefined) =>
  b === null || b === undefined || l === null || l === undefined || b === 0 ? null : l / b - 1;

export function compareEndpoints(
  runs: ParsedRun[],
  baseline: number,
  target: number,
  t: Thresholds,
): EndpointComparison[] {
  const order = [baseline, ...runs.keys()].filter((i, pos, all) => all.indexOf(i) === pos);
  // One pass over every run's endpoints: each (method, name) gets a row on first sight (baseline
  // order, then new ones) and each run its stats there (the last of duplicates, as a Map would keep).
  const position = new Map<string, number>();
  const rows: { method: string | null; name: string; stats: (EndpointStats | null)[] }[] = [];
  for (const i of order) {
    for (const e of (runs[i] as ParsedRun).endpoints) {
      const k = key(e);
      let pos = position.get(k);
      if (pos === undefined) {
        pos = rows.length;
        position.set(k, pos);
        rows.push({ method: e.method, name: e.name, stats: runs.map(() => null) });
      }
      (rows[pos] as (typeof rows)[number]).stats[i] = e;
    }
  }
  const compared = rows.map(({ method, name, stats }) => {
    const row = stats.map((e) => (e ? figures(e) : null));
    const b = row[baseline] ?? null;
    const l = row[target] ?? null;
    const insufficientData = row.some((r) => r !== null && r.requests < t.minRequests);
    return {
      method,
      name,
      runs: row,
      failureRateChange: b?.failureRate != null && l?.failureRate != null ? l.failureRate - b.failureRate : null,
      failurePValue: b && l ? failureRatePValue(b.failures, b.requests, l.failures, l.requests) : null,
      failurePValueAdjusted: null as number | null,
      failureStatus: 'ok' as Status,
      insufficientData,
      newFailures: b !== null && l !== null && b.failures === 0 && l.failures > 0,
      medianChange: relative(b?.medianMs, l?.medianMs),
      p95Change: relative(b?.p95Ms, l?.p95Ms),
    };
  });
  const adjusted = holmAdjust(compared.map((e) => e.failurePValue));
  return compared.map((e, i) => {
    const failurePValueAdjusted = adjusted[i] ?? null;
    return { ...e, failurePValueAdjusted, failureStatus: endpointFailureStatus(e, failurePValueAdjusted, t) };
  });
}

/** An endpoint's failure-rate status, judged like the headline success rate (a failure-rate rise is that
 *  endpoint's success-rate drop, in points) but on the Holm-adjusted p-value: not significant or too few
 *  requests → inconclusive when the change reaches the warning threshold, else ok. */
export function endpointFailureStatus(
  e: Pick<EndpointComparison, 'insufficientData' | 'failureRateChange'>,
  adjusted: number | null,
  t: Thresholds,
): Status {
  const change = e.failureRateChange;
  if (change === null || change === 0) return 'ok';
  const big = Math.abs(change) >= t.successRateDrop.warning;
  if (e.insufficientData || adjusted === null || adjusted >= t.alpha) return big ? 'inconclusive' : 'ok';
  if (change < 0) return big ? 'improved' : 'ok';
  return change >= t.successRateDrop.critical ? 'critical' : big ? 'warning' : 'ok';
}

/** "p < 0.001 (Holm-adjusted)". */
export const adjustedPText = (p: number) => `${pText(p)} (Holm-adjusted)`;
