// Expected vs actual throughput when the load changed: if the system scaled linearly, requests/s
// would grow in proportion to users. A gap below −10% is sublinear, below −30% saturated.
import type { Scaling } from './types';

const SUBLINEAR = -0.1;
const SATURATED = -0.3;

export function scalingOf(base: { userCount: number | null; rps: number | null }, last: { userCount: number | null; rps: number | null }): Scaling | null {
  if (base.userCount === null || last.userCount === null || base.userCount === last.userCount) return null;
  if (base.rps === null || last.rps === null || base.userCount <= 0) {
    return { expectedRps: null, actualRps: last.rps, gap: null, verdict: 'unknown', reason: 'throughput unknown in a run' };
  }
  const factor = last.userCount / base.userCount;
  const expectedRps = base.rps * factor;
  const gap = expectedRps > 0 ? last.rps / expectedRps - 1 : null;
  const verdict = gap === null ? 'unknown' : gap < SATURATED ? 'saturated' : gap < SUBLINEAR ? 'sublinear' : 'linear';
  const users = `${base.userCount} → ${last.userCount} users (×${Number(factor.toFixed(2))})`;
  const rps = `throughput ×${Number((last.rps / base.rps).toFixed(2))}`;
  return { expectedRps, actualRps: last.rps, gap, verdict, reason: `${users}, ${rps}` };
}
