// Means and spreads of the parts of a series between change points, and the t-test between two
// neighbouring parts that decides whether a change point is real (as Apache Otava tests E-divisive's
// candidates); the magnitude's 95% range is Welch's, each part with its own spread. Prefix sums make each
// part's figures O(1) after an O(n) set-up. Pure.
import { studentCriticalValue, studentTwoSidedP } from './student-t';
import { MIN_SEGMENT } from './e-divisive';
import { varianceWithRounding } from './rounding';

export interface SegmentStats {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for one value. */
  sd: number;
}

/** How a change is measured: `relative` (after / before − 1: 0.4 = +40%) or `absolute` (after − before, for
 *  rates such as the failure rate). */
export type MagnitudeKind = 'relative' | 'absolute';

export interface SegmentChange {
  before: SegmentStats;
  after: SegmentStats;
  /** Two-sided p-value of Student's pooled t-test that both parts share a mean; 1 when a part is shorter
   *  than MIN_SEGMENT values (undecidable). */
  pValue: number;
  /** null: relative change from a mean of 0. */
  magnitude: number | null;
  /** 95% range of the magnitude: Welch's interval of the difference; for a relative change the delta
   *  method on after / before (both means uncertain). null with magnitude. */
  magnitudeLow: number | null;
  magnitudeHigh: number | null;
}

export class SeriesSums {
  private readonly sum: Float64Array;
  private readonly squares: Float64Array;
  constructor(xs: ArrayLike<number>) {
    this.sum = new Float64Array(xs.length + 1);
    this.squares = new Float64Array(xs.length + 1);
    for (let i = 0; i < xs.length; i++) {
      this.sum[i + 1] = this.sum[i]! + xs[i]!;
      this.squares[i + 1] = this.squares[i]! + xs[i]! * xs[i]!;
    }
  }

  /** Figures of xs[from, to), to > from. */
  stats(from: number, to: number): SegmentStats {
    const n = to - from;
    const mean = (this.sum[to]! - this.sum[from]!) / n;
    const ss = Math.max(0, this.squares[to]! - this.squares[from]! - n * mean * mean);
    return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
  }
}

/** The width of the step the values are rounded to near a mean (rounding.ts), or null: exact values. */
export type Resolution = ((mean: number) => number) | null;

/** The change at `at` between the parts [from, at) and [at, to). With a `resolution`, each part's spread is at
 *  least that of values rounded to it. */
export function segmentChange(
  sums: SeriesSums,
  from: number,
  at: number,
  to: number,
  kind: MagnitudeKind,
  resolution: Resolution = null,
): SegmentChange {
  const withRounding = (s: SegmentStats): SegmentStats => ({
    ...s,
    sd: Math.sqrt(varianceWithRounding(s.sd, s.mean, resolution)),
  });
  const before = withRounding(sums.stats(from, at));
  const after = withRounding(sums.stats(at, to));
  const pValue = before.n < MIN_SEGMENT || after.n < MIN_SEGMENT ? 1 : pooledTTest(before, after);
  return { before, after, pValue, ...magnitudeOf(before, after, kind) };
}

/** Student's t-test with the pooled variance, as Apache Otava tests its candidates (against Welch's test,
 *  at the defaults on 2,000 trials: noise-only series showed a change in 0.2% of trials rather than 0.55%,
 *  a change of variance alone in 2.6% rather than 3.1%; steps were found as well). */
function pooledTTest(a: SegmentStats, b: SegmentStats): number {
  const df = a.n + b.n - 2;
  const pooled = ((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / df;
  const diff = b.mean - a.mean;
  // Relative to the means: sums of squares cancel to rounding noise when every value is equal.
  if (pooled <= 1e-24 * Math.max(a.mean * a.mean, b.mean * b.mean)) return diff === 0 ? 1 : 0;
  return studentTwoSidedP(diff / Math.sqrt(pooled * (1 / a.n + 1 / b.n)), df);
}

/** Standard error of the difference of means and its Welch–Satterthwaite degrees of freedom. */
function welchSpread(a: SegmentStats, b: SegmentStats): { se: number; df: number } {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const denominator = (va * va) / Math.max(1, a.n - 1) + (vb * vb) / Math.max(1, b.n - 1);
  return { se: Math.sqrt(va + vb), df: denominator > 0 ? ((va + vb) * (va + vb)) / denominator : Infinity };
}

function magnitudeOf(a: SegmentStats, b: SegmentStats, kind: MagnitudeKind) {
  const { se, df } = welchSpread(a, b);
  // The normal's 1.96 when both parts are constant (df infinite, se 0).
  const q = Number.isFinite(df) ? studentCriticalValue(0.95, df) : 1.959963984540054;
  if (kind === 'absolute') {
    const d = b.mean - a.mean;
    return { magnitude: d, magnitudeLow: d - q * se, magnitudeHigh: d + q * se };
  }
  if (a.mean === 0) return { magnitude: null, magnitudeLow: null, magnitudeHigh: null };
  // Var(after / before) ≈ (ratio² · Var(before mean) + Var(after mean)) / before² (first order).
  const ratio = b.mean / a.mean;
  const half = (q * Math.sqrt((ratio * ratio * a.sd * a.sd) / a.n + (b.sd * b.sd) / b.n)) / Math.abs(a.mean);
  return { magnitude: ratio - 1, magnitudeLow: ratio - 1 - half, magnitudeHigh: ratio - 1 + half };
}
