// Change points of a series of run figures (one metric, one scope, oldest run first), the way Apache Otava
// finds them: E-divisive splits (e-divisive.ts) inside sliding windows of `window` runs (half a window
// apart, so each change lies well inside one), each split kept while Student's t-test between its
// neighbouring parts gives p ≤ 10·alpha; then, over the whole series, the weakest change is dropped
// (largest p above `alpha`, else the smallest size below `minMagnitude`) and its neighbours retested,
// until every change left passes both. The size is the one the change has at least at 95% confidence (its
// range's bound nearer 0), not the point estimate: short parts of noise otherwise pass 5% by chance
// (lib/domain/history/README.md has the figures).
// Deterministic; no permutations. Pure.
import { bestSplit, MIN_SEGMENT } from './e-divisive';
import { segmentChange, SeriesSums, type MagnitudeKind, type Resolution, type SegmentChange } from './segments';

export interface ChangePointOptions {
  /** Largest p-value of a change point (default 0.001). */
  alpha: number;
  /** Runs per E-divisive window (default 50). */
  window: number;
  /** Smallest size of a change point at 95% confidence (default 0.05: 5%, or 0.05 of a rate for
   *  `absolute`). */
  minMagnitude: number;
  kind: MagnitudeKind;
  /** The rounding of the values (Locust's response-time buckets: rounding.ts); null: exact. */
  resolution: Resolution;
}

export const DEFAULT_CHANGE_POINT_OPTIONS: ChangePointOptions = {
  alpha: 0.001,
  window: 50,
  minMagnitude: 0.05,
  kind: 'relative',
  resolution: null,
};

export interface ChangePoint extends SegmentChange {
  /** Index of the first value after the change. */
  index: number;
}

export function detectChangePoints(xs: ArrayLike<number>, options: Partial<ChangePointOptions> = {}): ChangePoint[] {
  return updateChangePoints(xs, EMPTY_CHANGE_POINT_STATE, options).points;
}

/** What a pass leaves for the next one: the series length it saw and each window's splits (before pruning),
 *  by the window's first index. */
export interface ChangePointState {
  length: number;
  windows: { start: number; splits: number[] }[];
}

export const EMPTY_CHANGE_POINT_STATE: ChangePointState = { length: 0, windows: [] };

/**
 * The change points once values were appended to a series that `state` describes: only the windows that
 * reach past `state.length` are split again (the others saw the same values), then every window's splits are
 * pruned as one, so the result is a full pass's. O(window²) per new run rather than O(n · window).
 */
export function updateChangePoints(
  xs: ArrayLike<number>,
  state: ChangePointState,
  options: Partial<ChangePointOptions> = {},
): { points: ChangePoint[]; state: ChangePointState } {
  const o = { ...DEFAULT_CHANGE_POINT_OPTIONS, ...options };
  const sums = new SeriesSums(xs);
  const window = Math.max(2 * MIN_SEGMENT, Math.floor(o.window));
  const step = Math.max(1, Math.floor(window / 2));
  const appended = state.length > 0 && state.length <= xs.length;
  // The first window that ended past the known length, or was cut short by it.
  const first = appended ? Math.max(0, Math.ceil((state.length - window + 1) / step) * step) : 0;
  const windows = appended ? state.windows.filter((w) => w.start < first) : [];
  // Nothing new: every window saw these values.
  if (appended && state.length === xs.length) windows.splice(0, windows.length, ...state.windows);
  else
    for (let start = first; start < xs.length; start += step) {
      const end = Math.min(start + window, xs.length);
      windows.push({ start, splits: splitWindow(xs, sums, start, end, Math.min(1, 10 * o.alpha), o) });
      if (end === xs.length) break;
    }
  const candidates = [...new Set(windows.flatMap((w) => w.splits))].sort((a, b) => a - b);
  return { points: prune(sums, xs.length, candidates, o), state: { length: xs.length, windows } };
}

/** Hierarchical E-divisive inside xs[from, to): the strongest split of any part, while it passes the test. */
function splitWindow(
  xs: ArrayLike<number>,
  sums: SeriesSums,
  from: number,
  to: number,
  alpha: number,
  o: Pick<ChangePointOptions, 'kind' | 'resolution'>,
): number[] {
  const found: number[] = [];
  for (;;) {
    const bounds = [from, ...found, to];
    let best: { index: number; q: number; lo: number; hi: number } | null = null;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const split = bestSplit(xs, bounds[s], bounds[s + 1]);
      if (split && (best === null || split.q > best.q)) best = { ...split, lo: bounds[s]!, hi: bounds[s + 1]! };
    }
    if (best === null || segmentChange(sums, best.lo, best.index, best.hi, o.kind, o.resolution).pValue > alpha)
      return found;
    found.push(best.index);
    found.sort((a, b) => a - b);
  }
}

/** Drops the weakest change point until every one left passes `alpha` and `minMagnitude`. A drop changes the
 *  parts of its two neighbours only, so only they are tested again: O(k) tests rather than O(k²). */
function prune(sums: SeriesSums, n: number, indexes: number[], o: ChangePointOptions): ChangePoint[] {
  const kept = [...indexes];
  const test = (i: number): ChangePoint => ({
    index: kept[i]!,
    ...segmentChange(sums, kept[i - 1] ?? 0, kept[i]!, kept[i + 1] ?? n, o.kind, o.resolution),
  });
  const points = kept.map((_, i) => test(i));
  for (;;) {
    const drop = weakest(points, o);
    if (drop === null) return points;
    kept.splice(drop, 1);
    points.splice(drop, 1);
    for (const i of [drop - 1, drop]) if (i >= 0 && i < kept.length) points[i] = test(i);
  }
}

function weakest(points: ChangePoint[], o: ChangePointOptions): number | null {
  let worst: number | null = null;
  points.forEach((p, i) => {
    if (p.pValue > o.alpha && (worst === null || p.pValue > points[worst]!.pValue)) worst = i;
  });
  if (worst !== null) return worst;
  // The size the change has at least, at 95%: the range's bound nearer to 0 (0 when the range spans it).
  const size = (p: ChangePoint) => {
    if (p.magnitude === null) return Infinity;
    const [low, high] = [p.magnitudeLow ?? p.magnitude, p.magnitudeHigh ?? p.magnitude];
    return low > 0 ? low : high < 0 ? -high : 0;
  };
  points.forEach((p, i) => {
    if (size(p) < o.minMagnitude && (worst === null || size(p) < size(points[worst]!))) worst = i;
  });
  return worst;
}
