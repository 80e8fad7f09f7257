// Evaluating only what a page shows: some runs against every set (one page of the verdict matrix,
// one run on the compare page), and the roadmap's verification (the criteria items link to, on the
// newest runs, and on older ones only where those leave an item unsettled). Each read loads the
// runs' endpoint rows that its criteria can select, in one query (lib/server/db/criteria-runs.ts).
// Nothing is cached: edited criteria count at the next read.
import 'server-only';
import { database, type Stores } from '../db/stores';
import type { RunSelection } from '../db/criteria-runs';
import type { ProjectRunRef } from '../db/project-store';
import { endpointNeeds } from '../../domain/criteria/endpoint-needs';
import { evaluateProject, type ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { RUNS_PER_PAGE } from '../../view/criteria/run-window';
import type { ParsedRun } from '../../domain/locust/types';
import { notFound } from './errors';
import { checkItemOnRun } from '../../domain/roadmap/check-run';
import { inTestOrder } from '../../domain/roadmap/run-order';
import type { ItemRunCheck, Roadmap } from '../../domain/roadmap/types';
import { mergeResults, undecidedOnNewest, type ResultsByRun } from '../../domain/roadmap/verify-newest';
import { getRoadmapView } from './roadmap-service';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';

export type Baselines = ReadonlyMap<string, ParsedRun>;

/** The sets' baseline runs (in this project or another), whole. */
export async function loadBaselines(db: Stores, sets: readonly StoredCriteriaSet[]): Promise<Baselines> {
  const ids = [...new Set(sets.flatMap((s) => (s.baselineRunId ? [s.baselineRunId] : [])))];
  const runs = await Promise.all(ids.map((id) => db.projects.loadRunForCriteria(id)));
  return new Map(runs.flatMap((r) => (r ? [[r.id, r.run] as const] : [])));
}

/** The selected runs of the project against `sets` (results for those sets' criteria only). */
export async function evaluateRuns(
  db: Stores,
  projectId: string,
  which: RunSelection,
  sets: StoredCriteriaSet[],
  baselines: Baselines,
): Promise<ProjectEvaluation> {
  const runs = await db.runs.loadCriteriaRuns(projectId, which, endpointNeeds(sets.flatMap((s) => s.criteria)));
  return evaluateProject(runs, sets, baselines);
}

/** Runs whose results settle most items: the newest ones (see lib/domain/roadmap/verify-newest.ts). */
export const NEWEST_RUNS = RUNS_PER_PAGE;

const idsOf = (runs: readonly ProjectRunRef[]) => ({ ids: runs.map((r) => r.id) });

const withCriteria = (sets: StoredCriteriaSet[], ids: ReadonlySet<string>) =>
  sets.map((s) => ({ ...s, criteria: s.criteria.filter((c) => ids.has(c.id)) })).filter((s) => s.criteria.length > 0);

/**
 * The roadmap with each item's verification, as against the whole project's evaluation but
 * evaluating little: an item looks at every run of the project in test order (lib/domain/roadmap/run-order.ts),
 * only at its own criteria (each criterion's result does not depend on the others of its set), and
 * earlier runs only matter to the items the newest runs leave unsettled (lib/domain/roadmap/verify-newest.ts).
 * `project.runs`: its runs, in any order; `shown`: runs already evaluated against every set (the page's
 * window), reused when it holds the newest runs.
 */
export async function roadmapWithVerification(
  db: Stores,
  projectId: string,
  project: { sets: StoredCriteriaSet[]; runs: readonly ProjectRunRef[]; roadmap: Roadmap },
  baselines: Baselines,
  shown?: ProjectEvaluation,
): Promise<RoadmapView> {
  const { sets, roadmap } = project;
  const runs = inTestOrder(project.runs);
  const items = roadmap.phases.flatMap((p) => p.items).filter((i) => i.criterionIds.length > 0);
  let resultsByRun: ResultsByRun = {};
  if (items.length > 0 && runs.length > 0) {
    const newest = runs.slice(-NEWEST_RUNS);
    const linked = new Set(items.flatMap((i) => i.criterionIds));
    const onNewest =
      shown && newest.every((r) => shown.resultsByRun[r.id])
        ? shown.resultsByRun
        : (await evaluateRuns(db, projectId, idsOf(newest), withCriteria(sets, linked), baselines)).resultsByRun;
    const unsettled = new Set(undecidedOnNewest(items, newest, onNewest).flatMap((i) => i.criterionIds));
    const older =
      unsettled.size > 0 && runs.length > newest.length
        ? (await evaluateRuns(db, projectId, idsOf(runs), withCriteria(sets, unsettled), baselines)).resultsByRun
        : {};
    resultsByRun = mergeResults(older, onNewest);
  }
  return getRoadmapView(projectId, { sets, evaluation: { runs, sets: [], resultsByRun } });
}

/**
 * "Check against run X": each criterion the item links to, evaluated on that run of the item's project
 * (criteria of sets that do not apply to it say why). Reads only; stores nothing.
 */
export async function checkRoadmapItem(itemId: string, runId: string): Promise<ItemRunCheck> {
  return checkItemAgainstRun(await database(), itemId, runId);
}

export async function checkItemAgainstRun(db: Stores, itemId: string, runId: string): Promise<ItemRunCheck> {
  const links = await db.roadmap.itemLinks(itemId);
  if (!links) throw notFound(`roadmap item ${itemId}`);
  const sets = withCriteria(await db.criteria.listCriteriaSets(links.projectId), new Set(links.criterionIds));
  const needs = endpointNeeds(sets.flatMap((s) => s.criteria));
  const [run] = await db.runs.loadCriteriaRuns(links.projectId, { ids: [runId] }, needs);
  if (!run) throw notFound(`run ${runId} in the project of roadmap item ${itemId}`);
  const evaluation = evaluateProject([run], sets, await loadBaselines(db, sets));
  return checkItemOnRun({ id: itemId, criterionIds: links.criterionIds }, run, sets, evaluation);
}
