// Universal Scalability Law (Gunther): X(N) = λN / (1 + σ(N−1) + κN(N−1)), fitted by least squares on
// throughput (req/s), and the users-vs-throughput curve of runs at several loads. Pure, no I/O.

/** One measured load: users and whole-run throughput (req/s). */
export type UslPoint = { users: number; rps: number };

/** A USL fit as plain data; evaluate it with `predictUsl`. */
export interface UslFit {
  /** λ: req/s of one user without contention (the slope of ideal linear scaling). */ lambda: number;
  /** σ ≥ 0, contention: the serialised fraction of work (queueing on a shared resource); 0.05 = 5%. */ sigma: number;
  /** κ ≥ 0, coherency: cost of keeping users' shared state consistent, per pair; > 0: throughput peaks, then falls. */ kappa: number;
  /** 1 − SSE/SST of throughput; null when every rps is equal. With 3 loads it can be 1 by construction. */ r2: number | null;
  /** Root-mean-square residual, req/s. */ rmseRps: number;
  /** Points used, and distinct user counts among them (3 parameters need more than 3 to be tested). */ points: number;
  distinctLoads: number;
  /** Users where the model's throughput peaks, √((1−σ)/κ) (at least 1); null when κ = 0 (no peak). */ peakUsers: number | null;
  /** Model throughput at peakUsers, req/s; null when κ = 0. */ peakRps: number | null;
  /** With κ = 0 and σ > 0, the asymptote λ/σ (req/s) throughput approaches but never reaches; else null. */ ceilingRps: number | null;
}

/** Model throughput (req/s) of a fit at `users` users. */
export function predictUsl(fit: Pick<UslFit, 'lambda' | 'sigma' | 'kappa'>, users: number): number {
  return usl(fit.lambda, fit.sigma, fit.kappa, users);
}

const usl = (l: number, s: number, k: number, n: number) => (l * n) / (1 + s * (n - 1) + k * n * (n - 1));

type Theta = [number, number, number];
const sse = (pts: UslPoint[], t: Theta) => pts.reduce((s, p) => s + (p.rps - usl(t[0], t[1], t[2], p.users)) ** 2, 0);

/** Solves a small dense system A x = b (Gauss–Jordan with partial pivoting); null if singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    const p = m.reduce((best, row, r) => (r > c && Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? r : best), c);
    [m[c], m[p]] = [m[p]!, m[c]!];
    const piv = m[c]!;
    if (!(Math.abs(piv[c]!) > 1e-300)) return null;
    for (let r = 0; r < n; r++) if (r !== c) m[r] = m[r]!.map((v, k) => v - (m[r]![c]! / piv[c]!) * piv[k]!);
  }
  const x = m.map((row, i) => row[n]! / row[i]!);
  return x.every(Number.isFinite) ? x : null;
}

/** Start from the linearisation N/X = a + b(N−1) + cN(N−1) (a = 1/λ, b = σ/λ, c = κ/λ), b, c ≥ 0 by active sets. */
function linearStart(pts: UslPoint[]): Theta | null {
  const rows = pts.filter((p) => p.rps > 0).map((p) => ({ y: p.users / p.rps, x: [1, p.users - 1, p.users * (p.users - 1)] }));
  let best: { t: Theta; e: number } | null = null;
  for (const free of [[0, 1, 2], [0, 1], [0, 2], [0]]) {
    const ata = free.map((i) => free.map((j) => rows.reduce((s, r) => s + r.x[i]! * r.x[j]!, 0)));
    const aty = free.map((i) => rows.reduce((s, r) => s + r.x[i]! * r.y, 0));
    const x = solve(ata, aty);
    if (x === null) continue;
    const c = [0, 1, 2].map((i) => (free.includes(i) ? x[free.indexOf(i)]! : 0)) as Theta;
    if (!(c[0] > 0) || c[1] < 0 || c[2] < 0) continue;
    const e = rows.reduce((s, r) => s + (r.y - c[0] - c[1] * r.x[1]! - c[2] * r.x[2]!) ** 2, 0);
    if (best === null || e < best.e) best = { t: [1 / c[0], c[1] / c[0], c[2] / c[0]], e };
  }
  return best?.t ?? null;
}

/** Levenberg–Marquardt on throughput residuals with σ, κ ≥ 0 (bounds held by an active set and clamping). */
function refine(pts: UslPoint[], start: Theta): Theta {
  let t: Theta = [...start];
  let e = sse(pts, t);
  let mu = 1e-3;
  for (let iter = 0, improved = true; iter < 500 && e > 0 && improved; iter++) {
    const js = pts.map((p) => {
      const n = p.users;
      const d = 1 + t[1] * (n - 1) + t[2] * n * (n - 1);
      const f = (t[0] * n) / d;
      return { r: p.rps - f, j: [n / d, (-f * (n - 1)) / d, (-f * n * (n - 1)) / d] };
    });
    const jtj = [0, 1, 2].map((a) => [0, 1, 2].map((b) => js.reduce((s, x) => s + x.j[a]! * x.j[b]!, 0)));
    const jtr = [0, 1, 2].map((a) => js.reduce((s, x) => s + x.j[a]! * x.r, 0));
    const free = [0, 1, 2].filter((i) => i === 0 || t[i]! > 0 || jtr[i]! > 0);
    improved = false;
    for (; mu < 1e12; mu *= 4) {
      const step = solve(free.map((i) => free.map((k) => jtj[i]![k]! + (i === k ? mu * (jtj[i]![i]! + 1e-30) : 0))), free.map((i) => jtr[i]!));
      if (step === null) break;
      const next: Theta = [...t];
      free.forEach((i, k) => (next[i] = Math.max(i === 0 ? 1e-300 : 0, t[i]! + step[k]!)));
      const ne = sse(pts, next);
      if (ne < e) {
        improved = e - ne > 1e-15 * e;
        [t, e, mu] = [next, ne, Math.max(mu / 3, 1e-12)];
        break;
      }
    }
  }
  return t;
}

/** Least-squares USL fit of throughput; null with fewer than 3 distinct user counts or no positive throughput. */
export function fitUsl(points: UslPoint[]): UslFit | null {
  const pts = points.filter((p) => Number.isFinite(p.users) && p.users > 0 && Number.isFinite(p.rps) && p.rps >= 0);
  const distinctLoads = new Set(pts.map((p) => p.users)).size;
  if (distinctLoads < 3 || !pts.some((p) => p.rps > 0)) return null;
  // Starts: the linearisation, and λ from the smallest load with no contention.
  const smallest = pts.reduce((a, p) => (p.users < a.users ? p : a));
  const starts = [linearStart(pts), [Math.max(smallest.rps, 1e-9) / smallest.users, 0, 0] as Theta];
  const fits = starts.flatMap((s) => (s === null ? [] : [refine(pts, s)])).filter((t) => t.every(Number.isFinite));
  if (fits.length === 0) return null;
  const [lambda, s0, k0] = fits.reduce((a, t) => (sse(pts, t) < sse(pts, a) ? t : a));
  // Coefficients whose effect at the largest load is below 1e-9 are numerical dust: call them 0.
  const nMax = Math.max(...pts.map((p) => p.users));
  const sigma = s0 * (nMax - 1) < 1e-9 ? 0 : s0;
  const kappa = k0 * nMax * (nMax - 1) < 1e-9 ? 0 : k0;
  const mean = pts.reduce((a, p) => a + p.rps, 0) / pts.length;
  const sst = pts.reduce((a, p) => a + (p.rps - mean) ** 2, 0);
  const e = sse(pts, [lambda, sigma, kappa]);
  const peakUsers = kappa > 0 ? Math.max(1, Math.sqrt(Math.max(0, 1 - sigma) / kappa)) : null;
  const peakRps = peakUsers === null ? null : usl(lambda, sigma, kappa, peakUsers);
  const ceilingRps = kappa === 0 && sigma > 0 ? lambda / sigma : null;
  return { lambda, sigma, kappa, r2: sst > 0 ? 1 - e / sst : null, rmseRps: Math.sqrt(e / pts.length), points: pts.length, distinctLoads, peakUsers, peakRps, ceilingRps };
}

/** One run on the scaling curve; rates in req/s, times in ms. */
export interface ScalingCurvePoint extends ScalingRunInput {
  users: number;
  rps: number;
  /** req/s if throughput had grown in proportion to users from the smallest load. */ linearRps: number;
  /** rps / linearRps (1 = linear, 0.7 = 30% below); null when linearRps is 0. */ efficiency: number | null;
  /** USL model req/s at this load; null without a fit. */ uslRps: number | null;
}

/** Users vs throughput (req/s) and latency (ms) across runs, with the USL fit over them and a verdict. */
export interface ScalingCurve {
  /** Sorted by users (input order among equal loads). */ points: ScalingCurvePoint[];
  /** Runs left out, by input index. */ excluded: { index: number; label: string | null; reason: string }[];
  /** null with fewer than 3 distinct loads. */ fit: UslFit | null;
  /** From measured efficiency only: ≥ 90% everywhere linear, ≥ 70% sublinear, else saturated. */ verdict: 'linear' | 'sublinear' | 'saturated' | 'unknown';
  /** Smallest load whose efficiency is below 70%; null when none is. */ saturationUsers: number | null;
  /** What the data shows, in one paragraph, with the fit's limits. */ evidence: string;
}

/** One run for the curve: users, whole-run req/s, median and p95 in ms. */
export type ScalingRunInput = { users: number | null; rps: number | null; medianMs: number | null; p95Ms: number | null; label: string | null };

const [SUBLINEAR_BELOW, SATURATED_BELOW] = [0.9, 0.7]; // efficiency limits, as the −10% / −30% gaps of scaling.ts
const sig = (x: number, d = 3) => String(Number(x.toPrecision(d)));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const usersText = (n: number) => `${n} user${n === 1 ? '' : 's'}`;

/** Users-vs-throughput curve of runs at several loads (req/s, ms): efficiency against linear scaling, USL fit, verdict. */
export function scalingCurve(runs: ScalingRunInput[]): ScalingCurve {
  const excluded: ScalingCurve['excluded'] = [];
  const kept: (ScalingRunInput & { users: number; rps: number; index: number })[] = [];
  runs.forEach((r, index) => {
    if (r.users !== null && r.users > 0 && r.rps !== null && Number.isFinite(r.rps)) kept.push({ ...r, users: r.users, rps: r.rps, index });
    else excluded.push({ index, label: r.label, reason: r.users === null ? 'no user count' : !(r.users > 0) ? `user count ${r.users}` : 'no throughput' });
  });
  kept.sort((a, b) => a.users - b.users || a.index - b.index);
  const minUsers = kept[0]?.users ?? 0;
  const base = kept.filter((p) => p.users === minUsers);
  const baseRps = base.reduce((a, p) => a + p.rps, 0) / Math.max(1, base.length);
  const fit = fitUsl(kept);
  const points = kept.map(({ label, users, rps, medianMs, p95Ms }): ScalingCurvePoint => {
    const linearRps = (baseRps * users) / minUsers;
    return { label, users, rps, medianMs, p95Ms, linearRps, efficiency: linearRps > 0 ? rps / linearRps : null, uslRps: fit && predictUsl(fit, users) };
  });
  const loads = [...new Set(points.map((p) => p.users))];
  if (loads.length < 2 || !(baseRps > 0)) {
    const why = loads.length < 2 ? 'fewer than two loads with a user count and throughput' : `no throughput at the smallest load (${usersText(minUsers)})`;
    return { points, excluded, fit, verdict: 'unknown', saturationUsers: null, evidence: `No scaling curve: ${why}.` };
  }
  const above = points.filter((p) => p.users > minUsers && p.efficiency !== null);
  const worst = Math.min(...above.map((p) => p.efficiency as number));
  const saturationUsers = above.find((p) => (p.efficiency as number) < SATURATED_BELOW)?.users ?? null;
  const verdict = saturationUsers !== null ? 'saturated' : worst < SUBLINEAR_BELOW ? 'sublinear' : 'linear';
  const top = points.reduce((a, p) => (p.rps > a.rps ? p : a));
  const last = points[points.length - 1] as ScalingCurvePoint;
  const text = [
    `${points.length} runs at ${loads.length} loads (${minUsers}–${last.users} users): ${sig(points[0]!.rps)} → ${sig(last.rps)} req/s;`,
    `efficiency against linear scaling from ${usersText(minUsers)} ${above.map((p) => `${pct(p.efficiency as number)} at ${p.users}`).join(', ')}.`,
    saturationUsers !== null ? `Below 70% from ${saturationUsers} users.` : verdict === 'sublinear' ? `Lowest ${pct(worst)}: sublinear.` : 'Within 10% of linear at every load.',
    top.users < last.users ? `Throughput was highest at ${top.users} users (${sig(top.rps)} req/s), not at the largest load.` : '',
    fitText(fit, loads),
    'Efficiency assumes every run used the same scenario and wait time.',
  ];
  return { points, excluded, fit, verdict, saturationUsers, evidence: text.filter((t) => t !== '').join(' ') };
}

function fitText(fit: UslFit | null, loads: number[]): string {
  if (fit === null) return loads.length < 3 ? 'No USL fit: it needs 3 distinct loads.' : 'No USL fit could be made.';
  const [lo, hi] = [loads[0] as number, loads[loads.length - 1] as number];
  const r2 = fit.r2 === null ? 'r² undefined' : `r² ${fit.r2.toFixed(3)}`;
  const weak =
    fit.distinctLoads === 3 ? ' (3 loads for 3 parameters: the curve can pass through every point, so r² does not test the model)'
    : fit.distinctLoads < 6 ? ` (only ${fit.distinctLoads} loads: a weak fit)` : '';
  const head = `USL fit over ${fit.points} points: σ ${sig(fit.sigma, 2)} (contention), κ ${sig(fit.kappa, 2)} (coherency), ${r2}${weak}.`;
  if (fit.peakUsers !== null && fit.peakRps !== null) {
    const where = fit.peakUsers > hi ? `, beyond the largest load measured (${hi}): an extrapolation` : fit.peakUsers < lo ? ', below the smallest load measured' : '';
    return `${head} Model peak ${sig(fit.peakRps)} req/s at ${sig(fit.peakUsers, 2)} users${where}.`;
  }
  if (fit.ceilingRps !== null) return `${head} No peak in the model (κ = 0): throughput levels off towards ${sig(fit.ceilingRps)} req/s.`;
  return `${head} The model finds no contention (σ = κ = 0).`;
}
