// The load shape of one run, from the Aggregated history's user count: a plateau (the peak held),
// steps (several plateaus), a ramp (users rising for most of the run) or unknown; with the ramp-up
// before the peak and the ramp-down after it. Pure, no I/O. Rules and thresholds: README.md.
import type { HistorySeries, ParsedRun } from '../locust/types';
import { loadPlateaus } from './load-steps';

export type LoadShape = 'plateau' | 'steps' | 'ramp' | 'unknown';

/** Offsets (`…S` ending in S without "Epoch") are seconds since the first Aggregated history row. */
export interface LoadProfile {
  shape: LoadShape;
  /** Highest user count in the history; null without user counts. */
  peakUsers: number | null;
  /** Offset of the first row at the peak user count. */
  rampUpEndS: number | null;
  /** Offset of the last row at the peak when users fall after it; null when the run ends at its peak. */
  rampDownStartS: number | null;
  /** (rampUpS + rampDownS) / spanS, 0..1. */
  rampShare: number | null;
  /** Seconds from the start of the load (last 0-user row before users start, else the first row) to the peak. */
  rampUpS: number | null;
  /** Seconds from the last row at the peak to the first 0-user row after it (else the last row). */
  rampDownS: number | null;
  /** Seconds from the start of the load to its end (idle 0-user rows before and after are left out). */
  spanS: number | null;
  reason: string;
}

/** A plateau is a constant user count held at least this long, s (load-steps' minimum step too). */
export const MIN_PLATEAU_S = 30;
/** A ramp: without a plateau at the peak, users rose over at least this share of the span (0..1). */
export const MIN_RAMP_RISE_SHARE = 0.5;
/** A load span shorter than this cannot show a shape (no plateau fits in it), s. */
export const MIN_SHAPE_SPAN_S = MIN_PLATEAU_S;

interface Frame {
  peakUsers: number;
  firstPeak: number;
  lastPeak: number;
  rampUpEndS: number;
  rampDownStartS: number | null;
  rampUpS: number;
  rampDownS: number;
  spanS: number;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const users = (n: number) => `${n} ${n === 1 ? 'user' : 'users'}`;

/** Peak, ramp-up and ramp-down of the Aggregated series; null when no row has users. */
export function rampFrame(a: HistorySeries): Frame | null {
  const t = a.timestampsS;
  const u = a.userCount;
  let peakUsers = 0;
  for (const v of u) if (v > peakUsers) peakUsers = v;
  if (peakUsers <= 0) return null;
  let firstPeak = -1;
  let lastPeak = -1;
  let firstActive = -1;
  for (let k = 0; k < u.length; k++) {
    if (firstActive < 0 && (u[k] as number) > 0) firstActive = k;
    if (u[k] === peakUsers) [firstPeak, lastPeak] = [firstPeak < 0 ? k : firstPeak, k];
  }
  const loadStart = firstActive > 0 && u[firstActive - 1] === 0 ? firstActive - 1 : firstActive;
  const after = Array.from(u.subarray(lastPeak + 1));
  const stop = after.indexOf(0);
  const loadEnd = stop < 0 ? t.length - 1 : lastPeak + 1 + stop;
  const fallsAfter = after.some((v) => v < peakUsers);
  const at = (k: number) => t[k] as number;
  return {
    peakUsers,
    firstPeak,
    lastPeak,
    rampUpEndS: at(firstPeak) - at(0),
    rampDownStartS: fallsAfter ? at(lastPeak) - at(0) : null,
    rampUpS: at(firstPeak) - at(loadStart),
    rampDownS: at(loadEnd) - at(lastPeak),
    spanS: at(loadEnd) - at(loadStart),
  };
}

function unknown(reason: string, frame: Frame | null = null): LoadProfile {
  return { shape: 'unknown', ...figures(frame), reason };
}

function figures(f: Frame | null): Omit<LoadProfile, 'shape' | 'reason'> {
  if (f === null) {
    return {
      peakUsers: null,
      rampUpEndS: null,
      rampDownStartS: null,
      rampShare: null,
      rampUpS: null,
      rampDownS: null,
      spanS: null,
    };
  }
  const rampShare = f.spanS > 0 ? (f.rampUpS + f.rampDownS) / f.spanS : null;
  const { peakUsers, rampUpEndS, rampDownStartS, rampUpS, rampDownS, spanS } = f;
  return { peakUsers, rampUpEndS, rampDownStartS, rampShare, rampUpS, rampDownS, spanS };
}

/** Classifies the run's load over time (see README "Load shape and steady state"). */
export function loadProfile(run: Pick<ParsedRun, 'history'>): LoadProfile {
  const h = run.history;
  if (h === null) return unknown('no history: the load over time is unknown');
  if (h.aggregated.userCount.every((v) => Number.isNaN(v))) {
    return unknown('the history has no user counts (Locust before 1.0 did not write them)');
  }
  const f = rampFrame(h.aggregated);
  if (f === null) return unknown('no row of the history has users running');
  if (f.spanS < MIN_SHAPE_SPAN_S) {
    return unknown(`the load lasted ${f.spanS} s: too short to tell (needs ${MIN_SHAPE_SPAN_S} s)`, f);
  }
  const plateaus = loadPlateaus(run, { minStepS: MIN_PLATEAU_S });
  const loads = [...new Set(plateaus.map((p) => p.users))];
  if (loads.length >= 2) {
    const seq = plateaus.map((p) => `${p.users} (${p.durationS} s)`).join(' → ');
    const reason = `${plateaus.length} plateaus of ≥ ${MIN_PLATEAU_S} s: ${seq} users`;
    return { shape: 'steps', ...figures(f), reason };
  }
  const held = plateaus.find((p) => p.users === f.peakUsers);
  if (held !== undefined) {
    const reason = `${users(f.peakUsers)} held for ${held.durationS} s after a ${f.rampUpS} s ramp-up`;
    return { shape: 'plateau', ...figures(f), reason };
  }
  const rise = f.spanS > 0 ? f.rampUpS / f.spanS : 0;
  if (rise >= MIN_RAMP_RISE_SHARE) {
    const reason =
      `users rose to ${f.peakUsers} over ${f.rampUpS} s of ${f.spanS} s (${pct(rise)})` +
      ` and were never held for ${MIN_PLATEAU_S} s`;
    return { shape: 'ramp', ...figures(f), reason };
  }
  const reason =
    `no plateau of ≥ ${MIN_PLATEAU_S} s at the peak of ${users(f.peakUsers)}` +
    `, and users rose over only ${pct(rise)} of the run`;
  return unknown(reason, f);
}
