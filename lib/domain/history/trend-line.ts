// A straight line through a series (ordinary least squares on the run index), with the slope's standard
// error, 95% range and p-value (Student's t, n − 2 degrees of freedom). Pure.
import { studentCriticalValue, studentTwoSidedP } from './student-t';

export interface TrendLine {
  /** Change per run, in the series' unit. */
  slope: number;
  slopeLow: number;
  slopeHigh: number;
  /** Two-sided p-value that the slope is 0. */
  pValue: number;
  /** The line's value at the newest run. */
  fittedLast: number;
}

/** null with fewer than 3 values (no spread left to judge the slope by). */
export function trendLine(values: readonly number[]): TrendLine | null {
  const n = values.length;
  if (n < 3) return null;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  values.forEach((y, x) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  });
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let ssr = 0;
  values.forEach((y, x) => (ssr += (y - intercept - slope * x) ** 2));
  const se = Math.sqrt(ssr / (n - 2) / sxx);
  const fittedLast = intercept + slope * (n - 1);
  if (se === 0 || !Number.isFinite(se)) {
    return { slope, slopeLow: slope, slopeHigh: slope, pValue: slope === 0 ? 1 : 0, fittedLast };
  }
  const half = studentCriticalValue(0.95, n - 2) * se;
  return {
    slope,
    slopeLow: slope - half,
    slopeHigh: slope + half,
    pValue: studentTwoSidedP(slope / se, n - 2),
    fittedLast,
  };
}
