// Which run is the baseline and which the target, and the order runs are shown in. Pure, no I/O.

/** The default target: the last run (in the order given) that is not the baseline. */
export function targetOf(runCount: number, baseline: number): number {
  return baseline === runCount - 1 ? runCount - 2 : runCount - 1;
}

/** A chosen target: a run index other than the baseline (else a RangeError saying what is allowed). */
export function checkTarget(runCount: number, baseline: number, target: number): number {
  if (!Number.isInteger(target) || target < 0 || target >= runCount || target === baseline) {
    throw new RangeError(`target must be a run index from 0 to ${runCount - 1} other than the baseline (${baseline})`);
  }
  return target;
}

/** What load order needs of a run: its user count and its start (ISO-8601), null when unknown. */
export interface LoadKey {
  userCount: number | null;
  startTime: string | null;
}

const startMs = (iso: string | null): number => {
  const ms = iso === null ? NaN : Date.parse(iso);
  return Number.isFinite(ms) ? ms : Infinity;
};

/**
 * Load order: by user count (fewest first), then start time (earliest first), then the order given;
 * an unknown user count sorts after every known one, an unknown or unreadable start time after
 * every known one at the same load. Returns the indexes of `runs` in that order.
 */
export function loadOrder(runs: readonly LoadKey[]): number[] {
  const users = (k: LoadKey) => (k.userCount === null || !Number.isFinite(k.userCount) ? Infinity : k.userCount);
  const keyed = runs.map((k, i) => ({ i, users: users(k), start: startMs(k.startTime) }));
  keyed.sort((a, b) => cmp(a.users, b.users) || cmp(a.start, b.start) || a.i - b.i);
  return keyed.map((k) => k.i);
}

/** Ascending, Infinity (unknown) last, two unknowns equal. */
const cmp = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
