// Reference values from SciPy 1.17 (2 * stats.t.sf(t, df) and stats.t.ppf), computed once and kept here.
import { describe, expect, test } from 'vitest';
import { studentCriticalValue, studentTwoSidedP } from './student-t';

describe('studentTwoSidedP agrees with SciPy', () => {
  test.each([
    [0.5, 1, 0.7048327646991335],
    [1.0, 1, 0.5000000000000001],
    [2.0, 3, 0.13932596855884305],
    [2.5, 10, 0.03144684423660882],
    [3.0, 5, 0.030099247897462586],
    [4.2, 48, 0.00011507947652578685],
    [6.0, 98, 3.322310044269268e-8],
    [0.1, 200, 0.920444492504321],
    [10, 30, 4.575251408229618e-11],
    [1.96, 1e6, 0.04999606758526985],
    [8, 20, 1.165662827148851e-7],
  ])('t = %s, df = %s', (t, df, p) => {
    expect(Math.abs(studentTwoSidedP(t, df) - p) / p).toBeLessThan(1e-9);
    expect(studentTwoSidedP(-t, df)).toBe(studentTwoSidedP(t, df));
  });

  test.each([
    [0, 1],
    [Infinity, 0],
    [NaN, 1],
  ])('t = %s gives %s', (t, p) => expect(studentTwoSidedP(t, 12)).toBe(p));
});

describe('studentCriticalValue agrees with SciPy', () => {
  test.each([
    [0.95, 1, 12.706204736174694],
    [0.95, 10, 2.228138851986274],
    [0.95, 48, 2.010634757624232],
    [0.99, 5, 4.032142983555228],
    [0.95, 1000, 1.9623390808264083],
  ])('%s coverage, df = %s', (coverage, df, q) => {
    expect(studentCriticalValue(coverage, df)).toBeCloseTo(q, 9);
  });
});
