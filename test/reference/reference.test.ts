// The TypeScript analysis against an independent Python/SciPy reference (test/reference/reference.py) on the
// real Locust 2.12 runs of fixtures/locust-2.12-series: goodput, steady-state window, USL fit on goodput,
// per-endpoint failure p-values and their Holm adjustment. Needs python3 with SciPy; never skipped.
// Tolerances: counts exact; rates 1e-9 relative; p-values 1e-6 relative, raw and Holm-adjusted, however small
// (an absolute bound would let any p below it pass: the JSON prints them). An upper-tail formula with only
// absolute accuracy (Abramowitz-Stegun 26.2.17, 7.5e-8) is off by up to 2% here at p ~ 1e-25; the erfc of
// Numerical Recipes (erfcc, relative error < 1.2e-7) is not: normalTail(z) = erfcc(z / sqrt 2) / 2.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { goodputRps } from '@/lib/domain/analysis/goodput';
import { failureRatePValue, holmAdjust } from '@/lib/domain/analysis/significance';
import { steadyStateOf } from '@/lib/domain/analysis/steady-state';
import { fitUsl } from '@/lib/domain/analysis/usl';
import type { ParsedRun } from '@/lib/domain/locust/types';
import { fixtureRun } from '../support/fixture-run';

const ROOT = join(import.meta.dirname, '../..');
const SERIES = 'locust-2.12-series';
const RUNS = [
  'series-50u',
  'series-100u',
  'series-150u',
  'series-retest-100u',
  'ramp-400u',
  'korean-cp949-20u',
  'japanese-sjis-20u',
];
const INSTALL = 'install python3 and python3-scipy (apt-get install -y python3-scipy)';

interface RefSteady {
  startS: number;
  endS: number;
  userCount: number;
  requests: number;
  failures: number;
  rps: number;
  goodputRps: number;
  medianMs: number | null;
  p95Ms: number | null;
}
interface RefRun {
  requests: number;
  failures: number;
  rps: number;
  goodputRps: number | null;
  userCount: number | null;
  steadyState: RefSteady | null;
  steadyStateNullReason: string | null;
}
interface RefEndpoint {
  method: string;
  name: string;
  baselineRequests: number;
  baselineFailures: number;
  targetRequests: number;
  targetFailures: number;
  test: 'z' | 'fisher';
  pValue: number;
  pValueAdjusted: number;
}
interface Reference {
  runs: Record<string, RefRun>;
  usl: {
    lambda: number;
    sigma: number;
    kappa: number;
    sse: number;
    unique: boolean;
    points: { run: string; users: number; goodputRps: number }[];
  };
  failurePValues: { baseline: string; target: string; endpoints: RefEndpoint[] }[];
  holmExample: { input: (number | null)[]; adjusted: (number | null)[] };
}

function runReference(): Reference {
  try {
    execFileSync('python3', ['-c', 'import scipy.optimize, scipy.stats'], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`The reference test needs python3 with SciPy: ${INSTALL}. (${(e as Error).message})`);
  }
  const out = execFileSync('python3', [join(ROOT, 'test/reference/reference.py'), join(ROOT, 'fixtures', SERIES)], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as Reference;
}

/** |a - b| <= rel * max(|a|, |b|) + abs; null only equals null. */
function close(a: number | null, b: number | null, rel: number, abs = 0): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
}
const expectClose = (what: string, ts: number | null, ref: number | null, rel: number, abs = 0) =>
  expect(close(ts, ref, rel, abs), `${what}: TypeScript ${ts} vs reference ${ref}`).toBe(true);

const runs = new Map<string, ParsedRun>();
const parsed = (name: string): ParsedRun => {
  if (!runs.has(name)) runs.set(name, fixtureRun(`${SERIES}/${name}`, /\.csv$/));
  return runs.get(name)!;
};
let ref: Reference;
beforeAll(() => {
  ref = runReference();
}, 120_000);

describe('reference: whole-run goodput and counts', () => {
  it('covers every run of the series', () => expect(Object.keys(ref.runs).sort()).toEqual([...RUNS].sort()));
  it.each(RUNS)('%s', (name) => {
    const run = parsed(name);
    const r = ref.runs[name]!;
    expect(run.aggregated.requests).toBe(r.requests);
    expect(run.aggregated.failures).toBe(r.failures);
    expect(run.meta.userCount).toBe(r.userCount);
    expectClose('rps', run.aggregated.rps, r.rps, 1e-9);
    expectClose('goodputRps', goodputRps(run.aggregated), r.goodputRps, 1e-9);
  });
});

describe('reference: steady state', () => {
  it.each(RUNS)('%s', (name) => {
    const s = steadyStateOf(parsed(name));
    const r = ref.runs[name]!.steadyState;
    if (r === null) {
      expect(s, `reference: no steady state (${ref.runs[name]!.steadyStateNullReason})`).toBeNull();
      return;
    }
    expect(s).not.toBeNull();
    const { startS, endS, userCount, requests, failures } = s!;
    expect({ startS, endS, userCount, requests, failures }).toEqual({
      startS: r.startS,
      endS: r.endS,
      userCount: r.userCount,
      requests: r.requests,
      failures: r.failures,
    });
    expectClose('rps', s!.rps, r.rps, 1e-9);
    expectClose('goodputRps', s!.goodputRps, r.goodputRps, 1e-9);
    expectClose('medianMs', s!.medianMs, r.medianMs, 1e-9);
    expectClose('p95Ms', s!.p95Ms, r.p95Ms, 1e-9);
    expect(s!.approximate.length).toBeGreaterThan(0); // window latencies are labelled approximate
  });
});

describe('reference: USL fit on goodput (series-50u, -100u, -150u)', () => {
  it('reaches the reference minimum', () => {
    const points = ref.usl.points.map((p) => {
      const run = parsed(p.run);
      return { users: run.meta.userCount!, rps: goodputRps(run.aggregated)! };
    });
    points.forEach((p, i) => {
      expect(p.users).toBe(ref.usl.points[i]!.users);
      expectClose(`goodput of ${ref.usl.points[i]!.run}`, p.rps, ref.usl.points[i]!.goodputRps, 1e-9);
    });
    const fit = fitUsl(points);
    expect(fit).not.toBeNull();
    const model = (n: number) => (fit!.lambda * n) / (1 + fit!.sigma * (n - 1) + fit!.kappa * n * (n - 1));
    const sse = points.reduce((s, p) => s + (p.rps - model(p.users)) ** 2, 0);
    const scale = points.reduce((s, p) => s + p.rps ** 2, 0);
    expect(sse, `TS SSE ${sse} vs reference ${ref.usl.sse}`).toBeLessThanOrEqual(
      ref.usl.sse * (1 + 1e-6) + 1e-12 * scale,
    );
    if (ref.usl.unique) {
      // Parameters compared by their effect on the USL denominator at the largest load (σ or κ may be ~0).
      const n = Math.max(...points.map((p) => p.users));
      const denom = 1 + ref.usl.sigma * (n - 1) + ref.usl.kappa * n * (n - 1);
      expectClose('lambda', fit!.lambda, ref.usl.lambda, 1e-4);
      expect(Math.abs(fit!.sigma - ref.usl.sigma) * (n - 1), 'sigma').toBeLessThanOrEqual(1e-4 * denom);
      expect(Math.abs(fit!.kappa - ref.usl.kappa) * n * (n - 1), 'kappa').toBeLessThanOrEqual(1e-4 * denom);
    }
  });
});

describe('reference: per-endpoint failure p-values, Holm-adjusted', () => {
  it.each([0, 1])('pair %i', (i) => {
    const pair = ref.failurePValues[i]!;
    const key = (m: string | null, n: string) => `${m ?? ''} ${n}`;
    const base = new Map(parsed(pair.baseline).endpoints.map((e) => [key(e.method, e.name), e]));
    const target = new Map(parsed(pair.target).endpoints.map((e) => [key(e.method, e.name), e]));
    const both = [...base.keys()].filter(
      (k) => target.has(k) && base.get(k)!.requests > 0 && target.get(k)!.requests > 0,
    );
    expect(both.sort()).toEqual(pair.endpoints.map((e) => key(e.method, e.name)).sort());
    const raw = pair.endpoints.map((e) => {
      const [b, t] = [base.get(key(e.method, e.name))!, target.get(key(e.method, e.name))!];
      expect([b.requests, b.failures, t.requests, t.failures]).toEqual([
        e.baselineRequests,
        e.baselineFailures,
        e.targetRequests,
        e.targetFailures,
      ]);
      const p = failureRatePValue(b.failures, b.requests, t.failures, t.requests);
      expectClose(`p of ${e.name} (${e.test})`, p, e.pValue, 1e-6);
      return p;
    });
    const adjusted = holmAdjust(raw);
    pair.endpoints.forEach((e, j) => expectClose(`Holm p of ${e.name}`, adjusted[j] ?? null, e.pValueAdjusted, 1e-6));
    // Holm itself, on the reference's own raw p-values: exact up to rounding.
    const exact = holmAdjust(pair.endpoints.map((e) => e.pValue));
    pair.endpoints.forEach((e, j) =>
      expectClose(`Holm of reference p (${e.name})`, exact[j] ?? null, e.pValueAdjusted, 1e-12),
    );
  });
  it('Holm: running maximum, cap at 1 and nulls as the reference has them', () => {
    const { input, adjusted } = ref.holmExample;
    const ts = holmAdjust(input);
    expect(ts.length).toBe(adjusted.length);
    adjusted.forEach((a, j) => expectClose(`Holm example [${j}]`, ts[j] ?? null, a, 1e-12));
  });
});
