// The scaling section: goodput (successful req/s) if it grew in proportion to users from the run with
// the FEWEST users (as the analysis measures it, whichever run is the baseline) against the actual, for
// every run with a user count; all-requests throughput beside it, lighter. The verdict is the analysis'
// one (Comparison.scaling.verdict === scalingCurve.verdict): this file only words it.
import type { Comparison, Scaling } from '../analysis/types';
import { formatRate } from '../format/format';
import { runNames } from './runs';

export interface ScalingBar {
  run: number;
  name: string;
  users: number | null;
  /** Goodput of the fewest-users run × users / its users; null without a user count. */
  expected: number | null;
  /** Measured goodput (successful req/s). */
  actual: number | null;
  /** All requests per second, failed included (secondary). */
  actualRps: number | null;
  role: 'baseline' | 'target' | 'other';
}

/** Bars in run order; null when all runs share one load, or the reference run lacks users or goodput. */
export function scalingBars(
  c: Pick<Comparison, 'summary' | 'runs' | 'baselineIndex' | 'targetIndex'>,
): ScalingBar[] | null {
  const good = c.summary.find((r) => r.metric === 'goodputRps')?.values ?? [];
  const rps = c.summary.find((r) => r.metric === 'rps')?.values ?? [];
  const withUsers = c.runs
    .map((r, i) => ({ users: r.userCount, i }))
    .filter((r): r is { users: number; i: number } => r.users !== null && r.users > 0);
  if (withUsers.length === 0 || new Set(withUsers.map((r) => r.users)).size < 2) return null;
  const fewest = Math.min(...withUsers.map((r) => r.users));
  // Among runs at the smallest load, the baseline if it is one of them, else the first.
  const ref = withUsers.find((r) => r.users === fewest && r.i === c.baselineIndex)
    ?? withUsers.find((r) => r.users === fewest)!;
  const refGood = good[ref.i] ?? null;
  if (refGood === null) return null;
  const names = runNames(c);
  return c.runs.map((r, i) => ({
    run: i,
    name: names[i] as string,
    users: r.userCount,
    expected: r.userCount === null ? null : (refGood * r.userCount) / fewest,
    actual: good[i] ?? null,
    actualRps: rps[i] ?? null,
    role: i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other',
  }));
}

/** The analysis' reason, then "Linear scaling would give 18/s successful; actual 13/s." */
export function scalingSentence(s: Scaling): string {
  if (s.expectedGoodputRps === null || s.actualGoodputRps === null) return `${s.reason}.`;
  const users = `from ${s.fromUsers} to ${s.toUsers} users`;
  const expected = formatRate(s.expectedGoodputRps);
  const actual = formatRate(s.actualGoodputRps);
  return `${s.reason}. Linear scaling ${users} would give ${expected} successful; actual ${actual}.`;
}

export const VERDICT_WORDS: Record<Scaling['verdict'], string> = {
  linear: 'Scales linearly: goodput (successful req/s) grew with the users, within 10% of linear at every load.',
  sublinear: 'Sublinear: goodput grew, but 10–30% less than the users at some load.',
  saturated: 'Saturated: goodput grew more than 30% less than the users at some load — the system is at its limit.',
  unknown: 'Unknown: a run has no goodput or no user count.',
};
