// The baseline/target pair's scaling figures when the load changed. The expectation always starts
// from the run with FEWER users (whichever is the baseline): if the system scaled linearly, requests/s
// would grow in proportion to users. The verdict is not decided here: it is the curve's over every
// run's load (usl.ts `scalingCurve`), so a report never holds two scaling verdicts.
import { SATURATED_BELOW, SUBLINEAR_BELOW } from './scaling-curve';
import type { Scaling } from './types';

/** One run of the pair: users, all-requests req/s and successful req/s. */
export interface ScalingRun {
  userCount: number | null;
  rps: number | null;
  goodputRps: number | null;
  /** The run's build, when the comparison mixes builds (see scaling-builds.ts); else absent. */
  build?: string | null;
}

const ratio = (x: number) => Number(x.toFixed(2));
const quoted = (b: string | null | undefined) => (b == null ? 'no build' : `“${b}”`);

/** With several builds compared: the build the pair is about (`same`), or that it changed with the load. */
function buildsText(from: ScalingRun, to: ScalingRun): { same: string; changed: string } {
  if (from.build === undefined && to.build === undefined) return { same: '', changed: '' };
  if (from.build === to.build && from.build != null) return { same: ` in build ${quoted(from.build)}`, changed: '' };
  return { same: '', changed: `; the build changed too (${quoted(from.build)} → ${quoted(to.build)})` };
}

/** null when either user count is unknown or both are equal; `verdict` is the curve's verdict. */
export function scalingOf(base: ScalingRun, last: ScalingRun, verdict: Scaling['verdict']): Scaling | null {
  if (base.userCount === null || last.userCount === null || base.userCount === last.userCount) return null;
  const [from, to] = base.userCount < last.userCount ? [base, last] : [last, base];
  const fromUsers = from.userCount as number;
  const toUsers = to.userCount as number;
  const factor = toUsers / fromUsers;
  const pair = (a: number | null, b: number | null) => {
    if (a === null || b === null || !(fromUsers > 0) || !(a > 0)) return { expected: null, actual: b, gap: null };
    return { expected: a * factor, actual: b, gap: b / (a * factor) - 1 };
  };
  const all = pair(from.rps, to.rps);
  const good = pair(from.goodputRps, to.goodputRps);
  const builds = buildsText(from, to);
  const users = `${fromUsers} → ${toUsers} users (×${ratio(factor)})${builds.same}`;
  const reason =
    good.gap === null || from.goodputRps === null || to.goodputRps === null
      ? `${users}: goodput unknown in a run${builds.changed}`
      : `${users}, goodput ×${ratio(to.goodputRps / from.goodputRps)} (${good.gap >= 0 ? '+' : '−'}` +
        `${Math.abs(Math.round(good.gap * 100))}% against linear)` +
        (all.gap !== null && from.rps !== null && to.rps !== null
          ? `, all requests ×${ratio(to.rps / from.rps)}`
          : '') +
        builds.changed;
  return {
    basis: 'goodput',
    expectedRps: all.expected,
    actualRps: all.actual,
    gap: all.gap,
    expectedGoodputRps: good.expected,
    actualGoodputRps: good.actual,
    goodputGap: good.gap,
    fromUsers,
    toUsers,
    verdict: good.gap === null ? 'unknown' : verdict,
    reason,
  };
}

/** How one pair scales on its own, by the curve's efficiency thresholds (efficiency = 1 + goodput gap). Only
 *  says whether the pair's gap may stand beside the curve's verdict; it is never a second verdict. */
export function pairClass(goodputGap: number): 'linear' | 'sublinear' | 'saturated' {
  const efficiency = 1 + goodputGap;
  return efficiency < SATURATED_BELOW ? 'saturated' : efficiency < SUBLINEAR_BELOW ? 'sublinear' : 'linear';
}

/** The pair's own class when it differs from the curve's verdict (the words then say both apart), else null. */
export function pairDiffers(s: Pick<Scaling, 'goodputGap' | 'verdict'>): ReturnType<typeof pairClass> | null {
  if (s.goodputGap === null) return null;
  const pair = pairClass(s.goodputGap);
  return pair === s.verdict ? null : pair;
}
