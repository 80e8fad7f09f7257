// Accuracy of change-point detection at the default settings (alpha 0.001, window 50, 5% minimum
// magnitude) on synthetic series with known changes (test/support/synthetic-series.ts), 200 trials each;
// a detection within 2 runs of a true step counts as found. The figures are in the README.
import { describe, expect, test } from 'vitest';
import { syntheticSeries, type SeriesShape } from '../../../test/support/synthetic-series';
import { detectChangePoints, EMPTY_CHANGE_POINT_STATE, updateChangePoints } from './change-points';

const TRIALS = 200;
/** Noise alone gets more trials: its bound (1%) is 2 trials in 200. */
const NOISE_TRIALS = 1000;
const TOLERANCE = 2;

function trials(shape: SeriesShape, count = TRIALS) {
  let truths = 0;
  let found = 0;
  let detected = 0;
  let correct = 0;
  let withAny = 0;
  for (let seed = 1; seed <= count; seed++) {
    const { values, changes } = syntheticSeries(shape, seed * 7919);
    const points = detectChangePoints(values).map((p) => p.index);
    truths += changes.length;
    detected += points.length;
    if (points.length > 0) withAny++;
    found += changes.filter((c) => points.some((p) => Math.abs(p - c) <= TOLERANCE)).length;
    correct += points.filter((p) => changes.some((c) => Math.abs(p - c) <= TOLERANCE)).length;
  }
  return { recall: found / truths, precision: correct / detected, trialsWithAny: withAny / count, detected };
}

describe('change points on synthetic series (200 trials each)', () => {
  test('steps of ≥ 20% in 5% noise: recall and precision ≥ 0.9', () => {
    const r = trials('steps');
    console.info('steps', r);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });

  test('noise only, 100 runs: a change point in at most 1% of 1,000 trials', () => {
    const r = trials('noise', NOISE_TRIALS);
    console.info('noise', r);
    expect(r.trialsWithAny).toBeLessThanOrEqual(0.01);
  });

  test('a change of variance alone (mean kept): seldom a change point', () => {
    const r = trials('variance');
    console.info('variance', r);
    expect(r.trialsWithAny).toBeLessThanOrEqual(0.05);
  });

  test('a gradual drift of +30% over 100 runs: found as at least one change in most trials', () => {
    const r = trials('drift');
    console.info('drift', r);
    expect(r.trialsWithAny).toBeGreaterThanOrEqual(0.8);
  });
});

describe('what a change point says', () => {
  test('a +40% step: index, means, magnitude within its range, p-value', () => {
    const xs = [
      ...Array(30)
        .fill(0)
        .map((_, i) => 100 + (i % 3) - 1),
      ...Array(30)
        .fill(0)
        .map((_, i) => 140 + (i % 3) - 1),
    ];
    const [p, ...rest] = detectChangePoints(xs);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ index: 30, before: { n: 30, mean: 100 }, after: { n: 30, mean: 140 } });
    expect(p!.magnitude).toBeCloseTo(0.4, 12);
    expect(p!.magnitudeLow!).toBeLessThan(0.4);
    expect(p!.magnitudeHigh!).toBeGreaterThan(0.4);
    expect(p!.pValue).toBeLessThan(1e-12);
  });

  test('a failure rate from 1% to 6%: an absolute change of 0.05', () => {
    const xs = [...Array(20).fill(0.01), ...Array(20).fill(0.06)].map((x, i) => x + (i % 2) * 0.001);
    const [p] = detectChangePoints(xs, { kind: 'absolute', minMagnitude: 0.01 });
    expect(p!.index).toBe(20);
    expect(p!.magnitude).toBeCloseTo(0.05, 12);
  });

  test.each([
    ['a constant series', Array(60).fill(250)],
    ['one outlier run', [...Array(30).fill(100), 300, ...Array(29).fill(100)]],
    ['two outlier runs together', [...Array(30).fill(100), 300, 310, ...Array(28).fill(100)]],
    ['too short', [100, 200, 300]],
    ['empty', []],
  ])('%s: none', (_what, xs) => expect(detectChangePoints(xs)).toEqual([]));
});

describe('updateChangePoints: one run at a time finds exactly what a full pass finds', () => {
  test.each(['steps', 'noise', 'drift'] as const)('%s: 60 series grown from 40 to 120 runs', (shape) => {
    let same = 0;
    let total = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { values } = syntheticSeries(shape, seed * 31, 120);
      let state = EMPTY_CHANGE_POINT_STATE;
      let known: number[] = [];
      for (let n = 40; n <= 120; n++) {
        const part = values.slice(0, n);
        const next = updateChangePoints(part, state);
        state = next.state;
        known = next.points.map((p) => p.index);
        if (n % 20 === 0) {
          total++;
          if (JSON.stringify(known) === JSON.stringify(detectChangePoints(part).map((p) => p.index))) same++;
        }
      }
    }
    console.info(`incremental ${shape}: ${same}/${total} identical`);
    expect(same).toBe(total);
  });
});
