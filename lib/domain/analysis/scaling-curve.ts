// Users vs goodput across runs at several loads: efficiency against linear scaling from the smallest
// load, the USL fit, and THE scaling verdict of a comparison (scaling.ts reuses it). Judged on goodput
// (successful req/s): failed requests are not capacity. Pure, no I/O.
import { fitUsl, predictUsl, type UslFit } from './usl';

/** One run for the curve: users, all-requests and successful req/s, median and p95 in ms. */
export type ScalingRunInput = {
  users: number | null;
  rps: number | null;
  goodputRps: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  label: string | null;
  /** Load shape from the history; a ramp has no single load level and is left out. */
  shape?: 'plateau' | 'steps' | 'ramp' | 'unknown';
};

/** One run on the curve; rates in req/s, times in ms. */
export interface ScalingCurvePoint {
  label: string | null;
  users: number;
  /** All requests, failed included. */ rps: number;
  goodputRps: number;
  medianMs: number | null;
  p95Ms: number | null;
  /** All-requests req/s if rps had grown in proportion to users from the smallest load. */ linearRps: number;
  /** Goodput if it had grown in proportion to users from the smallest load. */ linearGoodputRps: number;
  /** goodputRps / linearGoodputRps (1 = linear); null when linearGoodputRps is 0. */ efficiency: number | null;
  /** USL model goodput at this load; null without a fit. */ uslRps: number | null;
}

export interface ScalingCurve {
  /** What efficiency, the verdict and the fit are computed on. */ basis: 'goodput';
  /** Sorted by users (input order among equal loads). */ points: ScalingCurvePoint[];
  /** Runs left out, by input index. */ excluded: { index: number; label: string | null; reason: string }[];
  /** USL fit on goodput; null with fewer than 3 distinct loads. */ fit: UslFit | null;
  /** From measured efficiency only: ≥ 90% everywhere linear, ≥ 70% sublinear, else saturated. */
  verdict: 'linear' | 'sublinear' | 'saturated' | 'unknown';
  /** Smallest load whose efficiency is below 70%; null when none is. */ saturationUsers: number | null;
  /** What the data shows, in one paragraph, with the fit's limits. */ evidence: string;
}

export const [SUBLINEAR_BELOW, SATURATED_BELOW] = [0.9, 0.7];
/** Significant digits a figure derived from this many loads can carry (3 loads: "~39", not "38.55"). */
export const digitsFor = (loads: number) => (loads <= 5 ? 2 : 3);
const sig = (x: number, d: number) => String(Number(x.toPrecision(d)));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const usersText = (n: number) => `${n} user${n === 1 ? '' : 's'}`;

type Kept = ScalingRunInput & { users: number; rps: number; goodputRps: number; index: number };

function partition(runs: ScalingRunInput[]): { kept: Kept[]; excluded: ScalingCurve['excluded'] } {
  const excluded: ScalingCurve['excluded'] = [];
  const kept: Kept[] = [];
  runs.forEach((r, index) => {
    const why =
      r.users === null
        ? 'no user count'
        : !(r.users > 0)
          ? `user count ${r.users}`
          : r.shape === 'ramp'
            ? 'a continuous ramp: its user count is a peak, not a load level (see its capacity curve)'
            : r.rps === null || !Number.isFinite(r.rps)
              ? 'no throughput'
              : r.goodputRps === null || !Number.isFinite(r.goodputRps)
                ? 'no goodput'
                : null;
    if (why !== null) excluded.push({ index, label: r.label, reason: why });
    else kept.push({ ...r, users: r.users as number, rps: r.rps as number, goodputRps: r.goodputRps as number, index });
  });
  kept.sort((a, b) => a.users - b.users || a.index - b.index);
  return { kept, excluded };
}

/** Users-vs-goodput curve of runs at several loads: efficiency against linear scaling, USL fit, verdict. */
export function scalingCurve(runs: ScalingRunInput[]): ScalingCurve {
  const { kept, excluded } = partition(runs);
  const minUsers = kept[0]?.users ?? 0;
  const base = kept.filter((p) => p.users === minUsers);
  const mean = (f: (p: Kept) => number) => base.reduce((a, p) => a + f(p), 0) / Math.max(1, base.length);
  const [baseRps, baseGood] = [mean((p) => p.rps), mean((p) => p.goodputRps)];
  const fit = fitUsl(kept.map((p) => ({ users: p.users, rps: p.goodputRps })));
  const points = kept.map(({ label, users, rps, goodputRps, medianMs, p95Ms }): ScalingCurvePoint => {
    const linearGoodputRps = (baseGood * users) / minUsers;
    return {
      label,
      users,
      rps,
      goodputRps,
      medianMs,
      p95Ms,
      linearRps: (baseRps * users) / minUsers,
      linearGoodputRps,
      efficiency: linearGoodputRps > 0 ? goodputRps / linearGoodputRps : null,
      uslRps: fit && predictUsl(fit, users),
    };
  });
  const loads = [...new Set(points.map((p) => p.users))];
  if (loads.length < 2 || !(baseGood > 0)) {
    const why =
      loads.length < 2
        ? 'fewer than two loads with a user count and goodput'
        : `no successful requests at the smallest load (${usersText(minUsers)})`;
    return {
      basis: 'goodput',
      points,
      excluded,
      fit,
      verdict: 'unknown',
      saturationUsers: null,
      evidence: `No scaling curve: ${why}.`,
    };
  }
  const above = points.filter((p) => p.users > minUsers && p.efficiency !== null);
  const worst = Math.min(...above.map((p) => p.efficiency as number));
  const saturationUsers = above.find((p) => (p.efficiency as number) < SATURATED_BELOW)?.users ?? null;
  const verdict = saturationUsers !== null ? 'saturated' : worst < SUBLINEAR_BELOW ? 'sublinear' : 'linear';
  return {
    basis: 'goodput',
    points,
    excluded,
    fit,
    verdict,
    saturationUsers,
    evidence: evidenceOf(points, loads, fit, verdict, saturationUsers, worst),
  };
}

function evidenceOf(
  points: ScalingCurvePoint[],
  loads: number[],
  fit: UslFit | null,
  verdict: string,
  saturationUsers: number | null,
  worst: number,
): string {
  const d = digitsFor(loads.length);
  const first = points[0] as ScalingCurvePoint;
  const last = points[points.length - 1] as ScalingCurvePoint;
  const above = points.filter((p) => p.users > first.users && p.efficiency !== null);
  const top = points.reduce((a, p) => (p.goodputRps > a.goodputRps ? p : a));
  const failedShare = (p: ScalingCurvePoint) => (p.rps > 0 ? 1 - p.goodputRps / p.rps : 0);
  const heavy = points.filter((p) => failedShare(p) >= 0.05);
  const text = [
    `${points.length} runs at ${loads.length} loads (${first.users}–${last.users} users): ` +
      `goodput ${sig(first.goodputRps, d)} → ${sig(last.goodputRps, d)} successful req/s ` +
      `(all requests ${sig(first.rps, d)} → ${sig(last.rps, d)});`,
    `efficiency against linear scaling from ${usersText(first.users)} ` +
      `${above.map((p) => `${pct(p.efficiency as number)} at ${p.users}`).join(', ')}.`,
    saturationUsers !== null
      ? `Below 70% from ${saturationUsers} users: saturated.`
      : verdict === 'sublinear'
        ? `Lowest ${pct(worst)}: sublinear.`
        : 'Within 10% of linear at every load.',
    heavy.length > 0
      ? 'Failed requests are left out: ' +
        `${heavy.map((p) => `${pct(failedShare(p))} of requests at ${p.users}`).join(', ')} failed.`
      : '',
    top.users < last.users
      ? `Goodput was highest at ${top.users} users (${sig(top.goodputRps, d)} req/s), not at the largest load.`
      : '',
    fitText(fit, loads, d),
    'Efficiency assumes every run used the same scenario and wait time.',
  ];
  return text.filter((t) => t !== '').join(' ');
}

function fitText(fit: UslFit | null, loads: number[], d: number): string {
  if (fit === null) return loads.length < 3 ? 'No USL fit: it needs 3 distinct loads.' : 'No USL fit could be made.';
  const [lo, hi] = [loads[0] as number, loads[loads.length - 1] as number];
  const r2 = fit.r2 === null ? 'r² undefined' : `r² ${fit.r2.toFixed(2)}`;
  let head =
    `USL fit on goodput over ${fit.points} points: σ ${sig(fit.sigma, 2)} (contention), κ ${sig(fit.kappa, 2)} ` +
    `(coherency), ${r2}`;
  if (fit.distinctLoads === 3) {
    // Three parameters for three loads: an exact fit proves nothing; a miss (bounds σ, κ ≥ 0)
    // shows the shape does not fit.
    head +=
      fit.r2 !== null && fit.r2 > 0.999
        ? ' — 3 loads for 3 parameters: the curve passes through every point by construction, ' +
          'so this r² does not test the model.'
        : ' — even with 3 parameters for 3 loads the curve misses the points (σ and κ cannot be negative): ' +
          'the USL does not describe these runs; read the measured points.';
  } else {
    head += fit.distinctLoads < 6 ? ` (only ${fit.distinctLoads} loads: a weak fit).` : '.';
  }
  if (fit.peakUsers !== null && fit.peakRps !== null) {
    const where =
      fit.peakUsers > hi
        ? `, beyond the largest load measured (${hi}): an extrapolation`
        : fit.peakUsers < lo
          ? ', below the smallest load measured'
          : '';
    return `${head} Model peak ~${sig(fit.peakRps, d)} successful req/s at ~${sig(fit.peakUsers, 2)} users${where}.`;
  }
  if (fit.ceilingRps !== null) {
    return `${head} No peak in the model (κ = 0): goodput levels off towards ~${sig(fit.ceilingRps, d)} req/s.`;
  }
  return `${head} The model finds no contention (σ = κ = 0).`;
}
