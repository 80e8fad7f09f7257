// The E-divisive split by its definition, O(n³): every candidate τ sums its three distance terms afresh.
// Written apart from lib/domain/history/e-divisive.ts to check it; slow on purpose, for tests only.

/** Index of the first value after the best split of xs (each part ≥ `minPart` ≥ 2 values) and its q; null
 *  when xs is too short. */
export function referenceBestSplit(xs: readonly number[], minPart: number): { index: number; q: number } | null {
  const n = xs.length;
  let best: { index: number; q: number } | null = null;
  for (let tau = minPart; tau <= n - minPart; tau++) {
    const x = xs.slice(0, tau);
    const y = xs.slice(tau);
    let between = 0;
    for (const a of x) for (const b of y) between += Math.abs(a - b);
    const within = (part: number[]) => {
      let s = 0;
      for (let i = 0; i < part.length; i++)
        for (let k = 0; k < part.length; k++) if (i < k) s += Math.abs(part[i]! - part[k]!);
      return s / ((part.length * (part.length - 1)) / 2);
    };
    const m = n - tau;
    const q = ((tau * m) / n) * ((2 / (tau * m)) * between - within(x) - within(y));
    if (best === null || q > best.q + 1e-9 * Math.abs(best.q)) best = { index: tau, q };
  }
  return best;
}
