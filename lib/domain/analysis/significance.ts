// Is a change in failure counts real? Counts get a two-proportion z-test when every expected cell
// is at least 5, and Fisher's exact test (two-sided, summed over tables no more likely) otherwise.

/** Two-sided p-value that failures a/n and b/m come from the same rate; null when n or m is 0. */
export function failureRatePValue(a: number, n: number, b: number, m: number): number | null {
  if (n <= 0 || m <= 0 || a < 0 || b < 0 || a > n || b > m) return null;
  const pooled = (a + b) / (n + m);
  const expectedOk = [n * pooled, n * (1 - pooled), m * pooled, m * (1 - pooled)].every((e) => e >= 5);
  return expectedOk ? twoProportionZ(a, n, b, m) : fisherExact(a, n - a, b, m - b);
}

function twoProportionZ(a: number, n: number, b: number, m: number): number {
  const p = (a + b) / (n + m);
  const se = Math.sqrt(p * (1 - p) * (1 / n + 1 / m));
  if (se === 0) return 1;
  const z = (a / n - b / m) / se;
  return Math.min(1, 2 * normalTail(Math.abs(z)));
}

/** Upper tail of the standard normal, P(Z > z) = erfc(z/√2)/2, with erfc by Chebyshev fitting (Numerical
 *  Recipes' erfcc): relative error below 1.2e-7 everywhere, so tiny p-values keep their digits too (the
 *  Abramowitz–Stegun 26.2.17 form used before was only accurate to 7.5e-8 absolute: 2% off at 1e-25). */
export function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** Fisher's exact test on [[a, b], [c, d]]: sum of hypergeometric probabilities <= the observed one. */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const logP = (x: number) => logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1);
  const observed = logP(a);
  let total = 0;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
    const lp = logP(x);
    if (lp <= observed + 1e-9) total += Math.exp(lp);
  }
  return Math.min(1, total);
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const LOG_FACTORIALS: number[] = [0];
function logFactorial(n: number): number {
  // Exact sums up to 100,000, Stirling's series beyond (relative error < 1e-12 there).
  if (n < 100_000) {
    for (let i = LOG_FACTORIALS.length; i <= n; i++)
      LOG_FACTORIALS[i] = (LOG_FACTORIALS[i - 1] as number) + Math.log(i);
    return LOG_FACTORIALS[n] as number;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Holm's step-down adjustment of p-values for testing several hypotheses at once (family-wise error):
 *  sorted ascending, p(i) × (m − i), made non-decreasing, capped at 1. Nulls stay null and do not count in m. */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p);
  const m = tested.length;
  const out: (number | null)[] = pValues.map(() => null);
  let running = 0;
  tested.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, p * (m - rank)));
    out[i] = running;
  });
  return out;
}

/** "p < 0.001" below 0.001 (smaller values claim more than the tests' assumptions hold), else "p = 0.062". */
export function pText(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2))}`;
}

/** Stated once with every comparison: what the p-values can and cannot claim. */
export const STATISTICS_NOTE =
  'p-values treat requests as independent trials; under load they are not (a slow pool delays many at once), ' +
  'so read them as a screen, not proof. Per-endpoint failure tests are Holm-adjusted for the number of ' +
  'endpoints tested.';
