// USL fit and scaling curve. Reference fits were computed independently with SciPy
// (scipy.optimize.least_squares on X − λN/(1 + σ(N−1) + κN(N−1)), bounds λ > 0, σ, κ ≥ 0, the best of
// 40 starting points, tolerances 1e-15). Throughputs of the real series were read with Python's csv
// module from the Aggregated row of each _stats.csv ("Requests/s").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import type { ParsedRun } from '../locust/types';
import { goodputRps } from './goodput';
import { scalingCurve } from './scaling-curve';
import { fitUsl, predictUsl, type UslFit } from './usl';

const model = (l: number, s: number, k: number, n: number) => (l * n) / (1 + s * (n - 1) + k * n * (n - 1));
const generate = (l: number, s: number, k: number, users: number[], noise: number[] = []) =>
  users.map((n, i) => ({ users: n, rps: model(l, s, k, n) * (1 + (noise[i] ?? 0)) }));
const close = (actual: number | null, expected: number, rel = 1e-7) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('fitUsl', () => {
  test('recovers λ, σ, κ exactly from noise-free data, with the peak √((1−σ)/κ)', () => {
    const fit = fitUsl(generate(10, 0.05, 0.001, [1, 5, 10, 20, 40, 80])) as UslFit;
    close(fit.lambda, 10, 1e-9);
    close(fit.sigma, 0.05, 1e-9);
    close(fit.kappa, 0.001, 1e-9);
    close(fit.peakUsers, Math.sqrt(0.95 / 0.001), 1e-9);
    close(fit.peakRps, model(10, 0.05, 0.001, Math.sqrt(0.95 / 0.001)), 1e-9);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit).toMatchObject({ points: 6, distinctLoads: 6, ceilingRps: null });
  });

  test('κ = 0 (pure contention): no peak, a ceiling at λ/σ; σ = κ = 0: linear', () => {
    const amdahl = fitUsl(generate(10, 0.05, 0, [1, 5, 10, 20, 40, 80])) as UslFit;
    close(amdahl.lambda, 10, 1e-9);
    close(amdahl.sigma, 0.05, 1e-9);
    expect(amdahl).toMatchObject({ kappa: 0, peakUsers: null, peakRps: null });
    close(amdahl.ceilingRps, 200, 1e-9);
    const linear = fitUsl(generate(7, 0, 0, [2, 4, 8, 16])) as UslFit;
    close(linear.lambda, 7, 1e-12);
    expect(linear).toMatchObject({ sigma: 0, kappa: 0, peakUsers: null, ceilingRps: null });
  });

  test('with ±2% noise: the SciPy least-squares optimum, close to the truth', () => {
    const noise = [0.013, -0.017, 0.008, -0.011, 0.019, -0.006, 0.004, -0.015];
    const fit = fitUsl(generate(10, 0.05, 0.001, [1, 2, 5, 10, 20, 40, 60, 80], noise)) as UslFit;
    close(fit.lambda, 9.836549687334506, 1e-6);
    close(fit.sigma, 0.04616896240939272, 1e-6);
    close(fit.kappa, 0.0010390825628108686, 1e-6);
    close(fit.r2, 0.9994995233147239, 1e-9);
    close(fit.peakUsers, 30.297772253227425, 1e-6);
    expect(Math.abs(fit.lambda / 10 - 1)).toBeLessThan(0.03);
    expect(Math.abs(fit.peakUsers! / Math.sqrt(0.95 / 0.001) - 1)).toBeLessThan(0.03);
  });

  test('bounds: κ held at 0 where the unconstrained optimum is negative; σ = κ = 0 for superlinear data', () => {
    // Unconstrained linearisation of this data gives κ/λ = −2.36e-6.
    const bounded = fitUsl(
      [1, 2, 4, 8, 16, 32].map((users, i) => ({ users, rps: [10, 19.5, 36, 64, 104, 152][i]! })),
    ) as UslFit;
    close(bounded.lambda, 9.978540961328786, 1e-6);
    close(bounded.sigma, 0.03553303341947581, 1e-6);
    expect(bounded).toMatchObject({ kappa: 0, peakUsers: null, peakRps: null });
    close(bounded.ceilingRps, 9.978540961328786 / 0.03553303341947581, 1e-5);
    const superlinear = fitUsl([1, 2, 4, 8].map((users, i) => ({ users, rps: [10, 21, 44, 90][i]! }))) as UslFit;
    close(superlinear.lambda, 948 / 85, 1e-9); // Σ X·N / Σ N²
    expect(superlinear).toMatchObject({ sigma: 0, kappa: 0, peakUsers: null });
  });

  test('needs 3 distinct user counts; unusable points are dropped; predictUsl evaluates the model', () => {
    expect(
      fitUsl([
        { users: 1, rps: 10 },
        { users: 1, rps: 11 },
        { users: 5, rps: 40 },
      ]),
    ).toBeNull();
    expect(
      fitUsl([
        { users: 1, rps: 10 },
        { users: 0, rps: 0 },
        { users: 5, rps: NaN },
        { users: 9, rps: 50 },
      ]),
    ).toBeNull();
    expect(
      fitUsl([
        { users: 1, rps: 0 },
        { users: 2, rps: 0 },
        { users: 3, rps: 0 },
      ]),
    ).toBeNull();
    expect(predictUsl({ lambda: 10, sigma: 0.05, kappa: 0.001 }, 20)).toBeCloseTo(200 / (1 + 0.95 + 0.38), 12);
    const fit = fitUsl(generate(10, 0.05, 0.001, [1, 5, 10, 20])) as UslFit;
    expect(Object.values(fit).every((v) => typeof v !== 'function')).toBe(true); // plain data
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
  });
});

describe('scalingCurve', () => {
  // Without failures goodput equals throughput.
  const run = (users: number | null, rps: number | null, label: string) => ({
    users,
    rps,
    goodputRps: rps,
    medianMs: null,
    p95Ms: null,
    label,
  });

  test('sorts by users, lists excluded runs, linear expectation from the smallest load', () => {
    const c = scalingCurve([
      run(20, 150, 'c'),
      run(null, 99, 'no users'),
      run(5, 50, 'b'),
      run(10, null, 'no rps'),
      run(1, 10, 'a'),
      run(0, 0, 'zero'),
    ]);
    expect(c.points.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(c.points.map((p) => p.linearRps)).toEqual([10, 50, 200]);
    expect(c.points.map((p) => p.efficiency)).toEqual([1, 1, 0.75]);
    expect(c.excluded).toEqual([
      { index: 1, label: 'no users', reason: 'no user count' },
      { index: 3, label: 'no rps', reason: 'no throughput' },
      { index: 5, label: 'zero', reason: 'user count 0' },
    ]);
    expect(c).toMatchObject({ verdict: 'sublinear', saturationUsers: null });
    expect(c.evidence).toContain('3 loads for 3 parameters');
  });

  test('one load, or none measurable: unknown, no fit', () => {
    expect(scalingCurve([run(10, 50, 'a'), run(10, 52, 'b')])).toMatchObject({
      verdict: 'unknown',
      fit: null,
      saturationUsers: null,
    });
    expect(scalingCurve([run(1, 0, 'a'), run(10, 52, 'b')]).evidence).toBe(
      'No scaling curve: no successful requests at the smallest load (1 user).',
    );
    const two = scalingCurve([run(10, 100, 'a'), run(20, 195, 'b')]);
    expect(two).toMatchObject({ verdict: 'linear', fit: null });
    expect(two.evidence).toContain('No USL fit: it needs 3 distinct loads.');
  });
});

const REAL = join(import.meta.dirname, '../../../fixtures/locust-real');
function load(dir: string, prefix: string): ParsedRun {
  const files = ['_stats.csv', '_stats_history.csv', '_failures.csv'].map((s) => ({
    name: `${prefix}${s}`,
    bytes: new Uint8Array(readFileSync(join(REAL, dir, `${prefix}${s}`))),
  }));
  return parseUpload(files).runs[0]!.run;
}
const input = (run: ParsedRun, users: number | null) => ({
  users,
  rps: run.aggregated.rps,
  goodputRps: goodputRps(run.aggregated),
  medianMs: run.aggregated.medianMs,
  p95Ms: run.aggregated.percentiles['95'] ?? null,
  label: run.meta.label,
});

describe('ONS eq-survey-runner, Locust 0.14.5: 1 / 5 / 25 / 50 clients', () => {
  // 0.14 histories have no User Count: users come from the file names.
  const users = [1, 5, 25, 50];
  const runs = ['baseline_1_client', 'baseline_5_clients', 'baseline_25_clients', 'baseline_50_clients'].map((p) =>
    load('ons-srb-0003-locust0.14', p),
  );
  const c = scalingCurve(runs.map((r, i) => input(r, users[i]!)));

  test('throughput from the Aggregated rows: 10.56, 49.94, 159.82, 201.11 req/s, all successful', () => {
    expect(c.points.map((p) => p.goodputRps)).toEqual(c.points.map((p) => p.rps));
    expect(runs.map((r) => r.meta.userCount)).toEqual([null, null, null, null]);
    expect(c.points.map((p) => [p.users, p.rps])).toEqual([
      [1, 10.56],
      [5, 49.94],
      [25, 159.82],
      [50, 201.11],
    ]);
    expect(c.points.map((p) => p.medianMs)).toEqual([89, 93, 140, 190]);
    close(c.points[2]!.efficiency, 159.82 / (25 * 10.56), 1e-12);
    close(c.points[3]!.efficiency, 201.11 / (50 * 10.56), 1e-12);
  });

  test('saturated from 25 users (61% of linear); the fit matches SciPy and its peak is an extrapolation', () => {
    expect(c).toMatchObject({ verdict: 'saturated', saturationUsers: 25 });
    const fit = c.fit as UslFit;
    close(fit.lambda, 10.979580300857299, 1e-6);
    close(fit.sigma, 0.024471197296667264, 1e-6);
    close(fit.kappa, 0.00021662398168465107, 1e-6);
    close(fit.r2, 0.9999919727561678, 1e-9);
    close(fit.peakUsers, 67.10683882965141, 1e-6);
    close(fit.peakRps, 205.8858872336979, 1e-6);
    expect(c.evidence).toContain('95% at 5, 61% at 25, 38% at 50');
    expect(c.evidence).toContain('only 4 loads: a weak fit');
    expect(c.evidence).toContain(
      'Model peak ~210 successful req/s at ~67 users, beyond the largest load measured (50): an extrapolation',
    );
  });
});

describe('ONS eq-survey-runner, Locust 1.2.3: 1 / 10 / 15 / 80 users', () => {
  const prefixes = [
    '3500mcpu',
    '3500mcpu_10_clients',
    '3500mcpu_15_clients',
    '3500mcpu_80_clients_wait_time_min_1_max_2',
  ];
  const runs = prefixes.map((p) => load('ons-srb-0011-locust1.2.3', p));
  const c = scalingCurve(runs.map((r) => input(r, r.meta.userCount)));

  test('users from the history peaks, throughput from the Aggregated rows', () => {
    expect(c.points.map((p) => p.users)).toEqual([1, 10, 15, 80]);
    expect(c.points.map((p) => p.rps)).toEqual([
      8.966403523390317, 77.8190556825997, 100.03209698261784, 117.96341731065226,
    ]);
  });

  test('as computed: "saturated at 80" and a model peak at 41 users, both driven by the 80-user run', () => {
    // The 80-user run used a 1–2 s wait time (its file name says so); the others did not. Less load
    // per user makes its 16% efficiency and the fitted κ say little about saturation: the curve
    // cannot know, so its evidence states the same-scenario assumption.
    expect(c).toMatchObject({ verdict: 'saturated', saturationUsers: 80 });
    close(c.points[3]!.efficiency, 117.96341731065226 / (80 * 8.966403523390317), 1e-12);
    const fit = c.fit as UslFit;
    close(fit.lambda, 9.947003169790706, 1e-6);
    close(fit.sigma, 0.026015065602602153, 1e-6);
    close(fit.kappa, 0.0005841006031389548, 1e-6);
    close(fit.peakUsers, 40.834974835010016, 1e-6);
    expect(c.evidence).toContain('87% at 10, 74% at 15, 16% at 80');
    expect(c.evidence).toContain('same scenario and wait time');
  });

  test('the three same-scenario runs alone: sublinear, and a 3-point fit that proves nothing', () => {
    const three = scalingCurve(runs.slice(0, 3).map((r) => input(r, r.meta.userCount)));
    expect(three).toMatchObject({ verdict: 'sublinear', saturationUsers: null });
    const fit = three.fit as UslFit;
    close(fit.lambda, 8.966403523390317, 1e-9); // passes through every point
    close(fit.sigma, 0.0015188459600216193, 1e-6);
    close(fit.kappa, 0.0015393577706512302, 1e-6);
    expect(fit.r2).toBeCloseTo(1, 9);
    expect(three.evidence).toContain(
      '3 loads for 3 parameters: the curve passes through every point by construction, ' +
        'so this r² does not test the model',
    );
    expect(three.evidence).toContain(
      'Model peak ~110 successful req/s at ~25 users, beyond the largest load measured (15): an extrapolation',
    );
  });
});
