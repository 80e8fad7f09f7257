// Headroom and its trend. The line through RISING agrees with SciPy 1.17's linregress (slope
// 35.595238095238095, stderr 5.729559613405523, p 0.0008028792031958063, 95% half-range 14.019727319883616).
import { describe, expect, test } from 'vitest';
import { classify, headroomOf, type HeadroomPoint } from './headroom';
import { trendLine } from './trend-line';
import type { Criterion } from '../criteria/types';

const RISING = [1800, 1850, 1790, 1900, 1950, 1920, 2010, 2050];
const daily = (values: number[]): HeadroomPoint[] =>
  values.map((value, i) => ({ value, time: new Date(Date.UTC(2026, 10, 1 + 2 * i)).toISOString() }));

describe('trendLine', () => {
  test('agrees with SciPy', () => {
    const t = trendLine(RISING)!;
    expect(t.slope).toBeCloseTo(35.595238095238095, 10);
    expect(t.pValue).toBeCloseTo(0.0008028792031958063, 12);
    expect(t.slopeHigh - t.slope).toBeCloseTo(14.019727319883616, 8);
    expect(t.fittedLast).toBeCloseTo(2033.3333333333335, 9);
  });

  test.each([[[]], [[1]], [[1, 2]]])('too short: %j', (v) => expect(trendLine(v)).toBeNull());

  test('a perfect line: its slope, p 0', () => {
    expect(trendLine([10, 20, 30, 40])).toMatchObject({ slope: 10, slopeLow: 10, slopeHigh: 10, pValue: 0 });
  });
});

describe('headroom classes', () => {
  test.each([
    ['p95 < 3000 at 1,200 ms: 60% unused', { metric: 'p95Ms', op: '<', target: 3000 }, 1200, 0.6, 'comfortable'],
    ['p95 < 3000 at 1,800 ms', { metric: 'p95Ms', op: '<', target: 3000 }, 1800, 0.4, 'adequate'],
    ['p95 < 3000 at 2,700 ms', { metric: 'p95Ms', op: '<', target: 3000 }, 2700, 0.1, 'thin'],
    ['p95 < 3000 at 3,000 ms: not met', { metric: 'p95Ms', op: '<', target: 3000 }, 3000, 0, 'breached'],
    ['goodput ≥ 100/s at 150/s', { metric: 'goodputRps', op: '>=', target: 100 }, 150, 0.5, 'adequate'],
    [
      'success ≥ 97% at 99%: 2 of 3 points unused',
      { metric: 'successRate', op: '>=', target: 0.97 },
      0.99,
      2 / 3,
      'comfortable',
    ],
    ['success ≥ 97% at 96%', { metric: 'successRate', op: '>=', target: 0.97 }, 0.96, -1 / 3, 'breached'],
  ] as const)('%s', (_what, criterion, value, headroom, cls) => {
    const h = headroomOf(criterion, [{ value, time: null }]);
    expect(h.headroom).toBeCloseTo(headroom, 12);
    expect(h.class).toBe(cls);
  });

  test.each<[string, Criterion]>([
    ['a relative criterion', { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline' }],
    ['an == criterion', { metric: 'failures', scope: 'aggregate', op: '==', target: 0 }],
  ])('%s has no headroom', (_what, criterion) => {
    expect(headroomOf(criterion, daily([100, 120, 130]))).toMatchObject({
      headroom: null,
      class: null,
      projection: null,
    });
  });

  test('class boundaries: 50% is adequate, 20% adequate, just under 20% thin', () => {
    expect([classify(0.5, true), classify(0.2, true), classify(0.1999, true), classify(0.9, false)]).toEqual([
      'adequate',
      'adequate',
      'thin',
      'breached',
    ]);
  });
});

describe('projection', () => {
  const p95 = { metric: 'p95Ms', op: '<', target: 3000 } as const;

  test('a significant rise towards the limit: runs and days until the line crosses it', () => {
    const h = headroomOf(p95, daily(RISING));
    const runs = (3000 - 2033.3333333333335) / 35.595238095238095;
    expect(h.projection!.runs).toBeCloseTo(runs, 9);
    expect(h.projection!.days).toBeCloseTo(2 * runs, 9); // one run every 2 days
    expect(h.volatile).toBe(false);
  });

  test('a fall (away from a ceiling) is not projected', () => {
    expect(headroomOf(p95, daily([...RISING].reverse())).projection).toBeNull();
  });

  test('noise without a significant slope is not projected', () => {
    expect(headroomOf(p95, daily([1800, 1900, 1750, 1880, 1790, 1850])).projection).toBeNull();
  });

  test('a volatile series (CV > 25%) is flagged instead of projected', () => {
    const h = headroomOf(p95, daily([400, 1500, 600, 1900, 900, 2400, 1200, 2600]));
    expect(h.cv!).toBeGreaterThan(0.25);
    expect(h).toMatchObject({ volatile: true, projection: null });
  });

  test('a floor falling towards it: goodput ≥ 100/s', () => {
    const h = headroomOf({ metric: 'goodputRps', op: '>=', target: 100 }, daily([200, 190, 181, 170, 162, 150]));
    expect(h.projection!.runs).toBeGreaterThan(5);
    expect(h.projection!.runs).toBeLessThan(7);
  });
});
