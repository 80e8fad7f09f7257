// Universal Scalability Law (Gunther): X(N) = λN / (1 + σ(N−1) + κN(N−1)), fitted by least squares on
// throughput (req/s), and the users-vs-throughput curve of runs at several loads. Pure, no I/O.

/** One measured load: users and whole-run throughput (req/s). */
export type UslPoint = { users: number; rps: number };

/** A USL fit as plain data; evaluate it with `predictUsl`. */
export interface UslFit {
  /** λ: req/s of one user without contention (the slope of ideal linear scaling). */
  lambda: number;
  /** σ ≥ 0, contention: the serialised fraction of work (queueing on a shared resource); 0.05 = 5%. */
  sigma: number;
  /** κ ≥ 0, coherency: cost of keeping users' shared state consistent, per pair; > 0: throughput peaks, then falls. */
  kappa: number;
  /** 1 − SSE/SST of throughput; null when every rps is equal. With 3 loads it can be 1 by construction. */
  r2: number | null;
  /** Root-mean-square residual, req/s. */
  rmseRps: number;
  /** Points used, and distinct user counts among them (3 parameters need more than 3 to be tested). */
  points: number;
  distinctLoads: number;
  /** Users where the model's throughput peaks, √((1−σ)/κ) (at least 1); null when κ = 0 (no peak). */
  peakUsers: number | null;
  /** Model throughput at peakUsers, req/s; null when κ = 0. */
  peakRps: number | null;
  /** With κ = 0 and σ > 0, the asymptote λ/σ (req/s) throughput approaches but never reaches; else null. */
  ceilingRps: number | null;
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
  const rows = pts
    .filter((p) => p.rps > 0)
    .map((p) => ({ y: p.users / p.rps, x: [1, p.users - 1, p.users * (p.users - 1)] }));
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
      const step = solve(
        free.map((i) => free.map((k) => jtj[i]![k]! + (i === k ? mu * (jtj[i]![i]! + 1e-30) : 0))),
        free.map((i) => jtr[i]!),
      );
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
  return {
    lambda,
    sigma,
    kappa,
    r2: sst > 0 ? 1 - e / sst : null,
    rmseRps: Math.sqrt(e / pts.length),
    points: pts.length,
    distinctLoads,
    peakUsers,
    peakRps,
    ceilingRps,
  };
}
