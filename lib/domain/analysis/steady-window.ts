// The steady-state window of a plateau or stepped run (README "Load shape and steady state"), and the
// figures over it from the Aggregated history: exact counts from the cumulative counters, latency
// from Locust's ~10 s window percentiles. Shared by steady-state.ts and steady-run.ts. Pure, no I/O.
import type { HistoryData, HistorySeries, NumericColumn, ParsedRun } from '../locust/types';
import { loadProfile, type LoadProfile } from './load-shape';
import { countBetween, median, WINDOW_S } from './load-steps';

/** The window starts this long after the first row at the peak: a window percentile looks back ~10 s. */
export const SETTLE_S = WINDOW_S;
/** A steady window shorter than this is no steady state, s. */
export const MIN_STEADY_S = 30;

/** Row indexes into the Aggregated series; counts cover (startIdx, endIdx]. Epoch s and offsets in s. */
export interface SteadyWindow {
  startIdx: number;
  endIdx: number;
  startEpochS: number;
  endEpochS: number;
  /** Offsets: seconds since the first Aggregated history row. */
  startS: number;
  endS: number;
  userCount: number;
  profile: LoadProfile;
}

export type WindowResult = { window: SteadyWindow; reason: null } | { window: null; reason: string };

/**
 * The rule: U = peak user count; rampUpEnd = time of the first row at U; the window starts at the first
 * row at or after rampUpEnd + SETTLE_S and ends at the last row at U from there (later rows are ramp-down).
 * Plateau and steps runs only (for steps this is the plateau at the peak); shorter than MIN_STEADY_S: none.
 */
export function steadyWindow(run: Pick<ParsedRun, 'history'>): WindowResult {
  const profile = loadProfile(run);
  const h = run.history;
  if (h === null || profile.peakUsers === null || (profile.shape !== 'plateau' && profile.shape !== 'steps')) {
    const why =
      profile.shape === 'ramp' ? 'the run is a ramp: users kept changing, so no load level was held' : profile.reason;
    return { window: null, reason: `no steady state: ${why}` };
  }
  const t = h.aggregated.timestampsS;
  const u = h.aggregated.userCount;
  const U = profile.peakUsers;
  const rampUpEnd = t[u.indexOf(U)] as number;
  const startIdx = t.findIndex((s) => s >= rampUpEnd + SETTLE_S);
  const endIdx = startIdx < 0 ? -1 : u.lastIndexOf(U);
  const at = (k: number) => t[k] as number;
  if (startIdx < 0 || endIdx < startIdx || at(endIdx) - at(startIdx) < MIN_STEADY_S) {
    const held = startIdx < 0 || endIdx < startIdx ? 0 : at(endIdx) - at(startIdx);
    const reason =
      `no steady state: ${U} users held for only ${held} s after the first ${SETTLE_S} s at that load` +
      ` (needs ${MIN_STEADY_S} s)`;
    return { window: null, reason };
  }
  return {
    window: {
      startIdx,
      endIdx,
      startEpochS: at(startIdx),
      endEpochS: at(endIdx),
      startS: at(startIdx) - at(0),
      endS: at(endIdx) - at(0),
      userCount: U,
      profile,
    },
    reason: null,
  };
}

/** Median of a window-percentile column over rows (from, to]; NaN and 0 ("no window yet", locust-formats §3.3)
 *  skipped. */
export function windowMedian(col: NumericColumn | undefined, from: number, to: number): number | null {
  if (col === undefined) return null;
  const picked: number[] = [];
  for (let k = from + 1; k <= to && k < col.length; k++) {
    const v = col[k] as number;
    if (v > 0) picked.push(v);
  }
  return median(picked);
}

/** Largest value of a column over rows (from, to]; null when none is known. */
export function windowMax(col: NumericColumn | undefined, from: number, to: number): number | null {
  let best: number | null = null;
  for (let k = from + 1; col !== undefined && k <= to && k < col.length; k++) {
    const v = col[k] as number;
    if (v > 0 && (best === null || v > best)) best = v;
  }
  return best;
}

export interface WindowCounts {
  requests: number;
  failures: number;
  /** False when a stats reset falls inside the window: the counts are then lower bounds. */
  exact: boolean;
}

/**
 * Requests and failures of the Aggregated series over (startIdx, endIdx]: Total Request/Failure Count at
 * the end row minus at the start row. Across a stats reset: load-steps' counting, a lower bound. Null
 * without cumulative totals (HTML histories).
 */
export function aggregatedCounts(h: HistoryData, w: SteadyWindow): WindowCounts | null {
  const a = h.aggregated;
  const [R, F] = [a.totalRequests, a.totalFailures];
  const [r0, r1, f0, f1] = [R[w.startIdx], R[w.endIdx], F[w.startIdx], F[w.endIdx]] as [number, number, number, number];
  if ([r0, r1, f0, f1].some((v) => Number.isNaN(v))) return null;
  let reset = h.resetsAtS.some((s) => s > w.startEpochS && s <= w.endEpochS);
  for (let k = w.startIdx + 1; k <= w.endIdx && !reset; k++) {
    reset = (R[k] as number) < (R[k - 1] as number);
  }
  if (!reset) return { requests: r1 - r0, failures: f1 - f0, exact: true };
  const c = countBetween(a, w.startEpochS, w.endEpochS, new Set(h.resetsAtS));
  return c === null ? null : { requests: c.requests, failures: c.failures, exact: false };
}

/** An endpoint series' counts over the window's time range (load-steps' counting); null without totals. */
export function seriesCounts(s: HistorySeries, h: HistoryData, w: SteadyWindow): WindowCounts | null {
  const c = countBetween(s, w.startEpochS, w.endEpochS, new Set(h.resetsAtS));
  return c === null ? null : { requests: c.requests, failures: c.failures, exact: c.resetsAtS.length === 0 };
}
