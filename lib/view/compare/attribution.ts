// "What explains the change": the aggregate average response time split exactly into the endpoints'
// contributions (own slowdown + traffic mix), and the change in failures split by endpoint.
// Every endpoint has a row (thousands in a big run): rows travel to the browser as compact tuples
// of numbers that name their endpoint by its position in the comparison's endpoint list (which the
// page has anyway), and the page formats only the rows it shows (`latencyRow`, `failureRow`).
import type { Comparison } from '../../domain/analysis/types';
import { formatCount, formatMs, formatPercent, NONE, toSixDigits as round } from '../../domain/format/format';
import { endpointLabel, formatSignedCount, formatSignedMs } from '../../domain/report/metric-format';

/** Rows shown before "Show all". */
export const ATTRIBUTION_TOP = 8;
/** A residual (reported − reconstructed average) above this many ms is worth a sentence. */
const RESIDUAL_NOTE_MS = 0.5;

/** A share with a true minus sign: −40%. */
const share = (x: number | null) => formatPercent(x, 0).replace(/^-/, '−');

export interface LatencyAttributionRow {
  label: string;
  avg: string;
  contribution: string;
  contributionMs: number;
  /** Share of the total change (can be negative, or above 100% when others offset it). */
  share: string;
  shareValue: number | null;
  slowdown: string;
  mix: string;
  /** "only in the target" / "only in the baseline", else null. */
  presence: string | null;
}

type Num = number | null;
type Named = { method: string | null; name: string };

/** Which endpoint a row is about: its index in the comparison's endpoints (Comparison.endpoints, the
 *  compare page's packed endpoints), or [method, name] when they lack it or were not given. */
export type EndpointRef = number | [string | null, string];

const keyOf = (e: Named) => `${e.method ?? ''}\u0001${e.name}`;

function refMaker(endpoints: readonly Named[] | undefined): (e: Named) => EndpointRef {
  const position = new Map((endpoints ?? []).map((e, i) => [keyOf(e), i]));
  return (e) => position.get(keyOf(e)) ?? [e.method, e.name];
}

function labelOf(ref: EndpointRef, endpoints: readonly Named[]): string {
  const e = typeof ref === 'number' ? endpoints[ref] : { method: ref[0], name: ref[1] };
  return e ? endpointLabel(e.method, e.name) : `endpoint #${String(ref)}`;
}

/** One endpoint's split, numbers to 6 significant digits: [endpoint, baseline average (ms), target
 *  average (ms), contribution (ms), share, own slowdown (ms), traffic mix (ms)]. An average is null
 *  where the endpoint is not in that run, and then slowdown and mix are null too. */
export type PackedLatencyRow = [EndpointRef, Num, Num, number, Num, Num, Num];

export interface LatencyAttributionView {
  /** "335 ms → 1,201 ms". */
  headline: string;
  total: string;
  totalMs: number;
  /** Every endpoint, the largest |contribution| first; `latencyRow` formats one. */
  rows: PackedLatencyRow[];
  /** Sentences on what the split leaves out (requests without a time, endpoints without an average). */
  notes: string[];
}

/** null when the change cannot be split (no averages, e.g. load steps) or the average did not change. */
export function latencyAttributionView(
  c: Pick<Comparison, 'latencyAttribution'> & Partial<Pick<Comparison, 'endpoints'>>,
): LatencyAttributionView | null {
  const la = c.latencyAttribution;
  if (la.totalChangeMs === null || la.totalChangeMs === 0 || la.endpoints.length === 0) return null;
  const notes: string[] = [];
  const residuals = [la.residualMs.baseline, la.residualMs.target].filter(
    (r): r is number => r !== null && Math.abs(r) > RESIDUAL_NOTE_MS,
  );
  if (residuals.length > 0) {
    notes.push(
      'The reported averages differ from the request-weighted endpoint averages by up to ' +
        `${formatMs(Math.max(...residuals.map(Math.abs)))} (requests logged without a response time, ` +
        `or averages rounded by the format), so the contributions add up to ${formatSignedMs(la.totalChangeMs)} ` +
        'rather than the reported change.',
    );
  }
  if (la.unattributed.length > 0) {
    notes.push(
      `Left out (requests but no average): ${la.unattributed.map((u) => endpointLabel(u.method, u.name)).join(', ')}.`,
    );
  }
  const refOf = refMaker(c.endpoints);
  return {
    headline: `${formatMs(la.reportedMs.baseline)} → ${formatMs(la.reportedMs.target)}`,
    total: formatSignedMs(la.totalChangeMs),
    totalMs: la.totalChangeMs,
    rows: la.endpoints.map((e): PackedLatencyRow => [
      refOf(e),
      round(e.avgMs.baseline),
      round(e.avgMs.target),
      round(e.contributionMs) as number,
      round(e.share),
      round(e.slowdownMs),
      round(e.mixMs),
    ]),
    notes,
  };
}

/** The table row of one packed endpoint split; `endpoints`: the comparison's, which its index refers to
 *  (the analysis leaves an average null exactly where its weight is). */
export function latencyRow(
  [ref, avgBaselineMs, avgTargetMs, contributionMs, shareValue, slowdownMs, mixMs]: PackedLatencyRow,
  endpoints: readonly Named[],
): LatencyAttributionRow {
  return {
    label: labelOf(ref, endpoints),
    avg: `${formatMs(avgBaselineMs)} → ${formatMs(avgTargetMs)}`,
    contribution: formatSignedMs(contributionMs),
    contributionMs,
    share: share(shareValue),
    shareValue,
    slowdown: formatSignedMs(slowdownMs),
    mix: formatSignedMs(mixMs),
    presence: avgBaselineMs === null ? 'only in the target' : avgTargetMs === null ? 'only in the baseline' : null,
  };
}

export interface FailureAttributionRow {
  label: string;
  failures: string;
  change: string;
  changeValue: number;
  share: string;
  shareValue: number | null;
  /** The endpoint's part of the change of the aggregate failure rate, in points. */
  rate: string;
}

/** One endpoint's part of the change in failures: [endpoint, baseline failures, target failures (null
 *  where the endpoint is not in that run), change, share, failure-rate part (points, 6 significant digits)]. */
export type PackedFailureRow = [EndpointRef, Num, Num, number, Num, Num];

export interface FailureAttributionView {
  /** "8 → 13". */
  headline: string;
  total: string;
  /** Endpoints with failures in either run, the largest |change| first; `failureRow` formats one. */
  rows: PackedFailureRow[];
}

const points = (x: number | null) =>
  x === null ? NONE : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(2)} pts`;

/** null when the failure count did not change; `rows` empty when the runs have no per-endpoint counts
 *  to split it by. */
export function failureAttributionView(
  c: Pick<Comparison, 'failureAttribution'> &
    Partial<Pick<Comparison, 'summary' | 'baselineIndex' | 'targetIndex' | 'endpoints'>>,
): FailureAttributionView | null {
  const fa = c.failureAttribution;
  if (fa.endpoints.length === 0) {
    // No endpoint rows (e.g. load steps stored without a full history): the aggregate may still have changed.
    const values = c.summary?.find((r) => r.metric === 'failures')?.values ?? [];
    const [b, t] = [values[c.baselineIndex ?? 0] ?? null, values[c.targetIndex ?? 1] ?? null];
    if (b === null || t === null || b === t) return null;
    return { headline: `${formatCount(b)} → ${formatCount(t)}`, total: formatSignedCount(t - b), rows: [] };
  }
  if (fa.totalChange === 0) return null;
  const refOf = refMaker(c.endpoints);
  return {
    headline: `${formatCount(fa.failures.baseline)} → ${formatCount(fa.failures.target)}`,
    total: formatSignedCount(fa.totalChange),
    rows: fa.endpoints.map((e): PackedFailureRow => [
      refOf(e),
      e.failures.baseline,
      e.failures.target,
      e.change,
      round(e.share),
      round(e.rateContribution),
    ]),
  };
}

/** The table row of one packed failure split; `endpoints`: the comparison's, which its index refers to. */
export function failureRow(
  [ref, baseline, target, change, shareValue, rateContribution]: PackedFailureRow,
  endpoints: readonly Named[],
): FailureAttributionRow {
  return {
    label: labelOf(ref, endpoints),
    failures: `${formatCount(baseline ?? 0)} → ${formatCount(target ?? 0)}`,
    change: formatSignedCount(change),
    changeValue: change,
    share: share(shareValue),
    shareValue,
    rate: points(rateContribution),
  };
}
