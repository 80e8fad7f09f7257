// `latest:` resolved for one target (GET /api/runs/:id/baseline, and rule:NAME of kind latest): the newest run of
// the target's project uploaded before it that matches every filter (`same`: the target's own value). go=SET
// judges the candidates with the project's criteria set of that name, newest first, and stops at the first GO;
// at most MAX_CANDIDATES candidates are looked at.
import 'server-only';
import type { LatestFilters } from '../../domain/ci/baseline-spec';
import { filtersInWords, withTargetValues } from '../../domain/ci/baseline-words';
import { checkRun } from '../../domain/criteria/check';
import { endpointNeeds } from '../../domain/criteria/endpoint-needs';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import type { Candidate, TargetRef } from '../db/baseline-store';
import { database } from '../db/stores';
import { AppError, notFound } from './errors';

/** Candidates judged by a go= filter before giving up, newest first. */
export const MAX_CANDIDATES = 1000;
const PAGE = 50;

/** The run, and the filters in words ("on branch main with 100 users"). 404 `no_baseline` when none matches. */
export async function newestMatching(
  target: TargetRef,
  filters: LatestFilters,
  specText: string,
): Promise<{ run: Candidate; words: string }> {
  const concrete = withTargetValues(filters, target);
  const words = filtersInWords(concrete);
  const db = await database();
  const set = filters.go === undefined ? null : await db.criteria.findCriteriaSetByName(target.projectId, filters.go);
  if (filters.go !== undefined && set === null)
    throw notFound(`criteria set "${filters.go}" in the project of run ${target.id}`);
  const { go: _go, users, ...rest } = concrete;
  const where = { ...rest, ...(users !== undefined ? { userCount: users } : {}) };
  for (let skip = 0; skip < MAX_CANDIDATES; skip += PAGE) {
    const page = await db.runs.baselineCandidates(target, where, skip, Math.min(PAGE, MAX_CANDIDATES - skip));
    const found = page.length === 0 ? null : set === null ? page[0]! : await firstGo(target.projectId, set, page);
    if (found !== null) return { run: found, words };
    if (page.length < PAGE) break;
  }
  throw new AppError(
    404,
    'no_baseline',
    `no run${words ? ` ${words}` : ''} before run ${target.id} (${target.label}) in its project`,
    { spec: specText },
  );
}

/** The first of `page` (newest first) the set judges GO; out-of-scope runs are not GO. */
async function firstGo<T extends { id: string }>(
  projectId: string,
  set: StoredCriteriaSet,
  page: T[],
): Promise<T | null> {
  const db = await database();
  const [runs, baseline] = await Promise.all([
    db.runs.loadCriteriaRuns(projectId, { ids: page.map((c) => c.id) }, endpointNeeds(set.criteria)),
    set.baselineRunId ? db.projects.loadRunForCriteria(set.baselineRunId) : null,
  ]);
  const byId = new Map(runs.map((r) => [r.id, r]));
  for (const candidate of page) {
    const run = byId.get(candidate.id);
    if (!run) continue;
    const verdict = checkRun(set, run.run, baseline?.run ?? null, { ...run, tags: run.tags ?? [] });
    if (verdict.verdict === 'GO') return candidate;
  }
  return null;
}
