// Steady-state figures of one run (the plateau at its peak user count, ramp-up and ramp-down left out)
// and the warning when the ramps are a large part of the run. Rules: README "Load shape and steady
// state"; the window itself: steady-window.ts; the whole run recomputed over it: steady-run.ts. Pure.
import type { ParsedRun } from '../locust/types';
import { loadProfile } from './load-shape';
import { aggregatedCounts, steadyWindow, windowMedian } from './steady-window';

export { steadyRun, steadyUnavailable, type SteadyRunResult } from './steady-run';

/** Offsets in s since the first Aggregated history row; rates per second; latencies in ms. */
export interface SteadyState {
  startS: number;
  endS: number;
  userCount: number;
  /** Requests and failures over (start, end]; null when the history has no cumulative totals. */
  requests: number | null;
  failures: number | null;
  rps: number | null;
  /** (requests − failures) / (endS − startS). */
  goodputRps: number | null;
  /** Medians of the window 50% / 95% values over the rows after the start; null for cumulative histories. */
  medianMs: number | null;
  p95Ms: number | null;
  /** Fields that are approximations: the latencies, and the counts when a stats reset falls inside. */
  approximate: string[];
}

/** Whole-run figures mix in the ramps when they are more than this share of the span (0..1). */
export const RAMP_WARNING_SHARE = 0.2;

export function steadyStateOf(run: Pick<ParsedRun, 'history'>): SteadyState | null {
  const { window: w } = steadyWindow(run);
  const h = run.history;
  if (w === null || h === null) return null;
  const durationS = w.endS - w.startS;
  const counts = aggregatedCounts(h, w);
  const windows = h.percentileWindow === 'current-window';
  const medianMs = windows ? windowMedian(h.aggregated.percentiles['50'], w.startIdx, w.endIdx) : null;
  const p95Ms = windows ? windowMedian(h.aggregated.percentiles['95'], w.startIdx, w.endIdx) : null;
  const approximate = [
    ...(counts !== null && !counts.exact ? ['requests', 'failures', 'rps', 'goodputRps'] : []),
    ...(medianMs !== null ? ['medianMs'] : []),
    ...(p95Ms !== null ? ['p95Ms'] : []),
  ];
  return {
    startS: w.startS,
    endS: w.endS,
    userCount: w.userCount,
    requests: counts?.requests ?? null,
    failures: counts?.failures ?? null,
    rps: counts === null ? null : counts.requests / durationS,
    goodputRps: counts === null ? null : (counts.requests - counts.failures) / durationS,
    medianMs,
    p95Ms,
    approximate,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const secs = (s: number) => `${Math.round(s)} s`;

/** A sentence when ramp-up plus ramp-down exceed RAMP_WARNING_SHARE of the run's span, else null. */
export function rampWarning(run: Pick<ParsedRun, 'history'>): string | null {
  const p = loadProfile(run);
  if (p.shape === 'ramp' && p.rampUpS !== null && p.spanS !== null) {
    return (
      `the whole run is a ramp (users rose to ${p.peakUsers} over ${secs(p.rampUpS)} of ${secs(p.spanS)}): ` +
      'whole-run figures describe no single load; see the capacity curve'
    );
  }
  if (p.rampShare === null || p.rampUpS === null || p.rampDownS === null) return null;
  if (p.rampShare <= RAMP_WARNING_SHARE) return null;
  const up = p.rampUpS > 0 ? `ramp-up is ${secs(p.rampUpS)}` : null;
  const down = p.rampDownS > 0 ? `${up === null ? 'ramp-down is' : 'ramp-down'} ${secs(p.rampDownS)}` : null;
  const parts = [up, down].filter((x) => x !== null).join(' and ');
  const lower = p.shape === 'steps' ? ' (the lower steps included)' : '';
  const { reason } = steadyWindow(run);
  const see = reason === null ? '; see steady state' : `; ${reason}`;
  return `${parts}${lower} of ${secs(p.spanS ?? 0)} (${pct(p.rampShare)}): whole-run figures mix it in${see}`;
}
