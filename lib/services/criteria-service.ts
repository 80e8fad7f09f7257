// Success criteria against stored runs: POST /api/runs/:id/check.
import 'server-only';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet, Verdict } from '../criteria/types';
import { getStoredRunOrThrow } from './runs-service';

export async function checkStoredRun(id: string, set: CriteriaSet, baselineId: string | null): Promise<Verdict> {
  const [stored, baseline] = await Promise.all([getStoredRunOrThrow(id), baselineId ? getStoredRunOrThrow(baselineId) : null]);
  return evaluateCriteria(set, stored.run, baseline?.run ?? null);
}
