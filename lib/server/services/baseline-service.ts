// GET /api/runs/:id/baseline?spec=SPEC: which stored run is the baseline of a run (lib/domain/ci/baseline-spec.ts).
// id:RUN_ID names it; latest:KEY=VALUE,... picks the newest run of the target's project uploaded before the target
// that matches every filter, so asking again after newer uploads gives the same answer (a re-run CI job).
// go=SET judges the candidates with the project's criteria set of that name, newest first, and stops at the
// first GO; at most MAX_CANDIDATES candidates are looked at.
import 'server-only';
import {
  BaselineSpecError,
  baselineSpecText,
  filtersInWords,
  parseBaselineSpec,
  type LatestFilters,
} from '../../domain/ci/baseline-spec';
import { checkRun } from '../../domain/criteria/check';
import { endpointNeeds } from '../../domain/criteria/endpoint-needs';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import type { TargetRef } from '../db/baseline-store';
import { database } from '../db/stores';
import { AppError, badRequest, notFound } from './errors';

/** Candidates judged by a go= filter before giving up, newest first. */
export const MAX_CANDIDATES = 1000;
const PAGE = 50;

export interface ResolvedBaseline {
  /** The baseline run. */
  runId: string;
  label: string;
  /** ISO-8601 upload time of the baseline. */
  createdAt: string;
  /** The run it is the baseline of. */
  targetRunId: string;
  /** The spec as read (keys in a fixed order). */
  spec: string;
}

export async function resolveBaseline(targetRunId: string, specText: string): Promise<ResolvedBaseline> {
  let spec;
  try {
    spec = parseBaselineSpec(specText);
  } catch (e) {
    if (e instanceof BaselineSpecError) throw badRequest(`spec: ${e.message}`);
    throw e;
  }
  if (spec.kind === 'position' || spec.kind === 'path')
    throw badRequest('spec: a position or a path names runs on the command line; the server takes id: or latest:');
  const db = await database();
  const target = await db.runs.baselineTarget(targetRunId);
  if (!target) throw notFound(`run ${targetRunId}`);
  const answer = (run: { id: string; label: string; createdAt: string }): ResolvedBaseline => ({
    runId: run.id,
    label: run.label,
    createdAt: run.createdAt,
    targetRunId: target.id,
    spec: baselineSpecText(spec),
  });
  if (spec.kind === 'id') {
    if (spec.runId === target.id) throw badRequest(`spec: run ${target.id} cannot be its own baseline`);
    const named = await db.runs.baselineTarget(spec.runId);
    if (!named) throw notFound(`baseline run ${spec.runId}`);
    return answer({ id: named.id, label: named.label, createdAt: named.createdAt.toISOString() });
  }
  const found = await newestMatching(target, spec.filters);
  if (found === null) {
    const words = filtersInWords(spec.filters);
    throw new AppError(
      404,
      'no_baseline',
      `no run${words ? ` ${words}` : ''} before run ${target.id} (${target.label}) in its project`,
      { spec: baselineSpecText(spec) },
    );
  }
  return answer(found);
}

async function newestMatching(target: TargetRef, filters: LatestFilters) {
  const db = await database();
  const set = filters.go === undefined ? null : await db.criteria.findCriteriaSetByName(target.projectId, filters.go);
  if (filters.go !== undefined && set === null)
    throw notFound(`criteria set "${filters.go}" in the project of run ${target.id}`);
  const { go: _go, users, ...rest } = filters;
  const where = { ...rest, ...(users !== undefined ? { userCount: users } : {}) };
  for (let skip = 0; skip < MAX_CANDIDATES; skip += PAGE) {
    const page = await db.runs.baselineCandidates(target, where, skip, Math.min(PAGE, MAX_CANDIDATES - skip));
    if (page.length === 0) return null;
    if (set === null) return page[0]!;
    const go = await firstGo(target.projectId, set, page);
    if (go !== null) return go;
    if (page.length < PAGE) return null;
  }
  return null;
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
