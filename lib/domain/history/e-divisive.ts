// E-divisive means (Matteson & James 2014, α = 1), the split step: where a segment of a series divides into
// two parts whose values differ most in distribution, by the energy statistic
//   q(τ) = (τ·m / n) · (2/(τ·m) · Σ|xᵢ − yⱼ| − 1/C(τ,2) · Σ|xᵢ − xₖ| − 1/C(m,2) · Σ|yⱼ − yₖ|)
// over the left part x (τ values) and the right part y (m = n − τ values). Each part holds at least
// MIN_SEGMENT = 3 values: one or two runs on their own are outliers, not a change (with 2, noise-only series
// showed four times as many false changes: README). O(n²) time, O(1) memory: moving the split one value
// right changes each sum by that value's distances (the O(n³) definition is
// test/support/e-divisive-reference.ts, and the two agree). Pure.

/** The fewest values on either side of a split (and between two change points): a change is seen once
 *  three runs after it agree. */
export const MIN_SEGMENT = 3;

export interface Split {
  /** Index (into the whole series) of the first value after the split. */
  index: number;
  q: number;
}

/** The best split of xs[from, to), or null when the segment is too short to split. */
export function bestSplit(xs: ArrayLike<number>, from = 0, to = xs.length): Split | null {
  const n = to - from;
  if (n < 2 * MIN_SEGMENT) return null;
  let right = 0; // Σ over pairs within the right part
  for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) right += Math.abs(xs[i]! - xs[j]!);
  let left = 0;
  let between = 0;
  let best: Split | null = null;
  for (let k = from; k < to - MIN_SEGMENT; k++) {
    // xs[k] moves from the right part to the left one.
    const v = xs[k]!;
    let toLeft = 0;
    for (let i = from; i < k; i++) toLeft += Math.abs(v - xs[i]!);
    let toRight = 0;
    for (let j = k + 1; j < to; j++) toRight += Math.abs(v - xs[j]!);
    left += toLeft;
    right -= toRight;
    between += toRight - toLeft;
    const tau = k + 1 - from;
    if (tau < MIN_SEGMENT) continue;
    const q = energy(tau, n - tau, between, left, right);
    if (best === null || q > best.q) best = { index: k + 1, q };
  }
  return best;
}

/** q(τ) from the three sums (τ, m ≥ 2). */
export function energy(tau: number, m: number, between: number, left: number, right: number): number {
  const n = tau + m;
  return ((tau * m) / n) * ((2 * between) / (tau * m) - (2 * left) / (tau * (tau - 1)) - (2 * right) / (m * (m - 1)));
}
