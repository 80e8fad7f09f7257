// Evaluating only what a page shows: some runs against every set (one page of the verdict matrix,
// one run on the compare page), and the roadmap's verification (the criteria items link to, on the
// newest runs, and on older ones only where those leave an item unsettled). Each read loads the
// runs' endpoint rows that its criteria can select, in one query (lib/db/criteria-runs.ts).
// Nothing is cached: edited criteria count at the next read.
import 'server-only';
import type { Db } from '../db/client';
import { loadCriteriaRuns, type RunSelection } from '../db/criteria-runs';
import { loadRunForCriteria, type ProjectRunRef } from '../db/project-store';
import { endpointNeeds } from '../criteria/endpoint-needs';
import { evaluateProject, type ProjectEvaluation } from '../criteria/project-evaluation';
import type { StoredCriteriaSet } from '../criteria/types';
import { RUNS_PER_PAGE } from '../criteria-view/run-window';
import type { ParsedRun } from '../locust/types';
import type { Roadmap } from '../roadmap/types';
import { mergeResults, undecidedOnNewest, type ResultsByRun } from '../roadmap/verify-newest';
import { getRoadmapView, type RoadmapView } from './roadmap-service';

export type Baselines = ReadonlyMap<string, ParsedRun>;

/** The sets' baseline runs (in this project or another), whole. */
export async function loadBaselines(db: Db, sets: readonly StoredCriteriaSet[]): Promise<Baselines> {
  const ids = [...new Set(sets.flatMap((s) => (s.baselineRunId ? [s.baselineRunId] : [])))];
  const runs = await Promise.all(ids.map((id) => loadRunForCriteria(db, id)));
  return new Map(runs.flatMap((r) => (r ? [[r.id, r.run] as const] : [])));
}

/** The selected runs of the project against `sets` (results for those sets' criteria only). */
export async function evaluateRuns(db: Db, projectId: string, which: RunSelection, sets: StoredCriteriaSet[], baselines: Baselines): Promise<ProjectEvaluation> {
  const runs = await loadCriteriaRuns(db, projectId, which, endpointNeeds(sets.flatMap((s) => s.criteria)));
  return evaluateProject(runs, sets, baselines);
}

/** Runs whose results settle most items: the newest ones (see lib/roadmap/verify-newest.ts). */
export const NEWEST_RUNS = RUNS_PER_PAGE;

const idsOf = (runs: readonly ProjectRunRef[]) => ({ ids: runs.map((r) => r.id) });

const withCriteria = (sets: StoredCriteriaSet[], ids: ReadonlySet<string>) =>
  sets.map((s) => ({ ...s, criteria: s.criteria.filter((c) => ids.has(c.id)) })).filter((s) => s.criteria.length > 0);

/**
 * The roadmap with each item's verification, as against the whole project's evaluation but
 * evaluating little: an item looks only at runs uploaded after it, only at its own criteria (each
 * criterion's result does not depend on the others of its set), and older runs only matter to the
 * items the newest runs leave unsettled. `project.runs`: its runs oldest first; `shown`: runs
 * already evaluated against every set (the page's window), reused when it holds the newest runs.
 */
export async function roadmapWithVerification(
  db: Db, projectId: string, project: { sets: StoredCriteriaSet[]; runs: readonly ProjectRunRef[]; roadmap: Roadmap }, baselines: Baselines, shown?: ProjectEvaluation,
): Promise<RoadmapView> {
  const { sets, runs, roadmap } = project;
  const items = roadmap.phases.flatMap((p) => p.items).filter((i) => i.criterionIds.length > 0);
  const first = items.map((i) => i.createdAt).sort()[0];
  const later = first === undefined ? [] : runs.filter((r) => r.createdAt > first);
  let resultsByRun: ResultsByRun = {};
  if (later.length > 0) {
    const newest = later.slice(-NEWEST_RUNS);
    const linked = new Set(items.flatMap((i) => i.criterionIds));
    const onNewest = shown && newest.every((r) => shown.resultsByRun[r.id])
      ? shown.resultsByRun
      : (await evaluateRuns(db, projectId, idsOf(newest), withCriteria(sets, linked), baselines)).resultsByRun;
    const unsettled = new Set(undecidedOnNewest(items, newest, onNewest).flatMap((i) => i.criterionIds));
    const older = unsettled.size > 0 && later.length > newest.length
      ? (await evaluateRuns(db, projectId, idsOf(later), withCriteria(sets, unsettled), baselines)).resultsByRun
      : {};
    resultsByRun = mergeResults(older, onNewest);
  }
  return getRoadmapView(projectId, { sets, evaluation: { runs: [...later], sets: [], resultsByRun } });
}
