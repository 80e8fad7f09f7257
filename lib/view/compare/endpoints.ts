// Per-endpoint rows of the compare page: packed for the trip from server to browser (thousands of
// endpoints × many runs), then the views the tables show: failures, latency changes, the slowest
// endpoints of the target run, and the endpoints that held up.
import type { Comparison, EndpointComparison, EndpointRunFigures, Status } from '../../domain/analysis/types';
import { toSixDigits } from '../../domain/format/format';
import { ALPHA, endpointLabel, relativeChange, formatPValue } from '../../domain/report/metric-format';

type Num = number | null;
/** Per run: [requests, failures, medianMs, p95Ms, maxMs], or null where the endpoint is absent. */
type PackedRun = [number, number, Num, Num, Num] | null;
/** [method, name, flags (1 = new failures, 2 = insufficient data), failureRateChange, failurePValue, medianChange,
 *  p95Change, failurePValueAdjusted, failureStatus, ...runs] */
export type PackedEndpoint = [string | null, string, number, Num, Num, Num, Num, Num, Status, ...PackedRun[]];

const FIXED = 9;

const round = toSixDigits;

export function packEndpoints(endpoints: readonly EndpointComparison[]): PackedEndpoint[] {
  return endpoints.map((e) => [
    e.method,
    e.name,
    (e.newFailures ? 1 : 0) | (e.insufficientData ? 2 : 0),
    round(e.failureRateChange),
    round(e.failurePValue),
    round(e.medianChange),
    round(e.p95Change),
    round(e.failurePValueAdjusted),
    e.failureStatus,
    ...e.runs.map((r): PackedRun =>
      r ? [r.requests, r.failures, round(r.medianMs), round(r.p95Ms), round(r.maxMs)] : null,
    ),
  ]);
}

/** One endpoint across the runs, as the tables use it. */
export interface EndpointView extends EndpointComparison {
  /** Stable row id (position in the comparison). */
  id: string;
  label: string;
  /** Lowercase "method name", for the filter. */
  search: string;
  /** Max latency of the target against the baseline (relative). */
  maxChange: number | null;
  /** Failures in any run. */
  anyFailures: boolean;
}

export function unpackEndpoints(rows: readonly PackedEndpoint[], baseline: number, target: number): EndpointView[] {
  return rows.map((r, i) => {
    const runs = (r.slice(FIXED) as PackedRun[]).map((p): EndpointRunFigures | null =>
      p
        ? {
            requests: p[0],
            failures: p[1],
            failureRate: p[0] > 0 ? p[1] / p[0] : null,
            medianMs: p[2],
            p95Ms: p[3],
            maxMs: p[4],
          }
        : null,
    );
    const label = endpointLabel(r[0], r[1]);
    return {
      id: String(i),
      method: r[0],
      name: r[1],
      label,
      search: label.toLowerCase(),
      runs,
      newFailures: (r[2] & 1) === 1,
      insufficientData: (r[2] & 2) === 2,
      failureRateChange: r[3],
      failurePValue: r[4],
      medianChange: r[5],
      p95Change: r[6],
      failurePValueAdjusted: r[7],
      failureStatus: r[8],
      maxChange: relativeChange(runs[baseline]?.maxMs, runs[target]?.maxMs),
      anyFailures: runs.some((x) => x !== null && x.failures > 0),
    };
  });
}

/** Every whitespace-separated term must appear in "method name". */
export function filterEndpoints<T extends { search: string }>(rows: readonly T[], query: string): T[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((r) => terms.every((t) => r.search.includes(t)));
}

/** "insufficient data", "significant (p = 0.003)", "inconclusive (p = 0.31)", or null (no test). Judged on
 *  the Holm-adjusted p-value (many endpoints are tested at once; the table caption says so once). A test
 *  that does not reach 5% cannot tell whether the change is real: inconclusive, not "no". */
export function failureSignificance(
  e: Pick<EndpointComparison, 'insufficientData' | 'failurePValue' | 'failurePValueAdjusted'>,
): { text: string; real: boolean | null } | null {
  if (e.insufficientData) return { text: 'insufficient data', real: null };
  const p = e.failurePValueAdjusted ?? e.failurePValue;
  if (p === null) return null;
  return p < ALPHA
    ? { text: `significant (${formatPValue(p)})`, real: true }
    : { text: `inconclusive (${formatPValue(p)})`, real: false };
}

/** Endpoints with failures in any run: new failures first, then the largest failure-rate growth. */
export function failingEndpoints(rows: readonly EndpointView[]): EndpointView[] {
  return rows
    .filter((r) => r.anyFailures)
    .sort(
      (a, b) =>
        Number(b.newFailures) - Number(a.newFailures) ||
        (b.failureRateChange ?? -Infinity) - (a.failureRateChange ?? -Infinity),
    );
}

/** Endpoints with a latency figure in the baseline or the target, the largest P95 growth first. */
export function latencyEndpoints(rows: readonly EndpointView[], baseline: number, target: number): EndpointView[] {
  return rows
    .filter((r) => r.runs[baseline] != null || r.runs[target] != null)
    .sort((a, b) => (b.p95Change ?? -Infinity) - (a.p95Change ?? -Infinity));
}

export const SLOWEST_COUNT = 20;

/** The highest P95 in the target run (what the manual report calls "slowest endpoints"). */
export function slowestEndpoints(rows: readonly EndpointView[], target: number, count = SLOWEST_COUNT): EndpointView[] {
  return rows
    .filter((r) => r.runs[target]?.p95Ms != null)
    .sort(
      (a, b) =>
        (b.runs[target]?.p95Ms as number) - (a.runs[target]?.p95Ms as number) ||
        (b.runs[target]?.maxMs ?? 0) - (a.runs[target]?.maxMs ?? 0),
    )
    .slice(0, count);
}

export const HELD_UP_TOLERANCE = 0.2;

/** No failures in any run, present in baseline and target, P95 within ±20%: the endpoints that held up. */
export function heldUpEndpoints(
  rows: readonly EndpointView[],
  baseline: number,
  target: number,
  tolerance = HELD_UP_TOLERANCE,
): EndpointView[] {
  return rows
    .filter((r) => {
      const b = r.runs[baseline];
      const l = r.runs[target];
      if (!b || !l || r.anyFailures) return false;
      const change = relativeChange(b.p95Ms, l.p95Ms);
      return change !== null && Math.abs(change) <= tolerance + 1e-12;
    })
    .sort((a, b) => (b.runs[target]?.requests ?? 0) - (a.runs[target]?.requests ?? 0));
}

/** The comparison without its endpoint rows (they travel packed). */
export type ComparisonHead = Omit<Comparison, 'endpoints'>;
