// The scaling section: goodput (successful req/s) if it grew in proportion to users from the run with
// the FEWEST users (as the analysis measures it, whichever run is the baseline) against the actual, for
// every run with a user count; all-requests throughput beside it, lighter. The verdict is the analysis'
// one (Comparison.scaling.verdict === scalingCurve.verdict): this file only words it. With several builds
// each run's linear goodput starts from the fewest-users run of its own build (builds are never mixed).
import type { Comparison, Scaling } from '../../domain/analysis/types';
import { formatRate } from '../../domain/format/format';
import { buildsMixed, nameWithBuild } from './builds';
import { runNames } from '../../domain/report/runs';

export interface ScalingBar {
  run: number;
  /** The run's name, with its build when builds are mixed. */
  name: string;
  users: number | null;
  /** The run's build, only when builds are mixed (null: it has none). */
  build?: string | null;
  /** Goodput of its build's fewest-users run × users / its users; null without a user count or a reference. */
  expected: number | null;
  /** Measured goodput (successful req/s). */
  actual: number | null;
  /** All requests per second, failed included (secondary). */
  actualRps: number | null;
  role: 'baseline' | 'target' | 'other';
}

type Reference = { users: number; goodput: number };

/** Per build: the run with the fewest users (the baseline if it is one of them, else the first) and its
 *  goodput; none for a build with one load, without goodput there, or (builds mixed) for runs without a build. */
function references(
  c: Pick<Comparison, 'runs' | 'baselineIndex'>,
  good: (number | null)[],
  mixed: boolean,
): Map<string | null, Reference> {
  const refs = new Map<string | null, Reference>();
  const builds = new Set(c.runs.map((r) => r.build ?? null));
  for (const build of builds) {
    if (mixed && build === null) continue;
    const withUsers = c.runs
      .map((r, i) => ({ users: r.userCount, i, build: r.build ?? null }))
      .filter(
        (r): r is { users: number; i: number; build: string | null } =>
          r.build === build && r.users !== null && r.users > 0,
      );
    if (new Set(withUsers.map((r) => r.users)).size < 2) continue;
    const fewest = Math.min(...withUsers.map((r) => r.users));
    const ref =
      withUsers.find((r) => r.users === fewest && r.i === c.baselineIndex) ??
      withUsers.find((r) => r.users === fewest)!;
    const goodput = good[ref.i] ?? null;
    if (goodput !== null) refs.set(build, { users: fewest, goodput });
  }
  return refs;
}

/** Bars in run order; null when no build has two loads with the reference's goodput known. */
export function scalingBars(
  c: Pick<Comparison, 'summary' | 'runs' | 'baselineIndex' | 'targetIndex'>,
): ScalingBar[] | null {
  const good = c.summary.find((r) => r.metric === 'goodputRps')?.values ?? [];
  const rps = c.summary.find((r) => r.metric === 'rps')?.values ?? [];
  const mixed = buildsMixed(c.runs.map((r) => ({ build: r.build ?? null })));
  const refs = references(c, good, mixed);
  if (refs.size === 0) return null;
  const names = runNames(c);
  return c.runs.map((r, i) => {
    const build = r.build ?? null;
    const ref = refs.get(build);
    return {
      run: i,
      name: nameWithBuild({ name: names[i] as string, build }, mixed),
      users: r.userCount,
      ...(mixed ? { build } : {}),
      expected: r.userCount === null || !ref ? null : (ref.goodput * r.userCount) / ref.users,
      actual: good[i] ?? null,
      actualRps: rps[i] ?? null,
      role: i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other',
    };
  });
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
