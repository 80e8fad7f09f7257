// Headroom (issue 19): for every criterion of the project's criteria sets, how far the newest run of the
// history is from the criterion's limit, the trend of the current era (its slope and range), and when the
// slope is significant the runs (and days) until it crosses. The series is the history's: runs on the history
// branch at the set's user count (else the newest run's), the current era, its newest HEADROOM_RUNS runs.
import 'server-only';
import { criterionTrend } from '../../domain/history/criterion-trend';
import { assignEras } from '../../domain/history/eras';
import { headroomOf, type Headroom } from '../../domain/history/headroom';
import { historyPart, inHistory } from '../../domain/history/parts';
import { historyValue } from '../../domain/history/run-figures';
import type { StoredCriterion } from '../../domain/criteria/types';
import { database, type Stores } from '../db/stores';
import { notFound } from './errors';
import type { PartRun } from '../../domain/history/part-pass';

/** The newest runs of the era a trend is fitted on. */
export const HEADROOM_RUNS = 50;

export interface CriterionHeadroom {
  criterion: StoredCriterion;
  /** Why there is no headroom (a metric the history does not keep...); null when there is one. */
  unavailable: string | null;
  /** Runs with a value in the series. */
  runs: number;
  headroom: Headroom | null;
}

export interface SetHeadroom {
  id: string;
  name: string;
  /** The user count of the runs followed; null: runs without one. */
  users: number | null;
  criteria: CriterionHeadroom[];
}

async function eraRuns(db: Stores, projectId: string, users: number | null | undefined): Promise<PartRun[]> {
  const settings = (await db.history.loadHistorySettings(projectId))!;
  let part: string;
  if (users !== undefined) part = historyPart(users);
  else {
    const all = await db.trends.loadTrendRuns(projectId, {});
    const newest = all.filter((r) => inHistory(r.branch, settings.branch)).at(-1);
    if (!newest) return [];
    part = historyPart(newest.userCount);
  }
  const runs = await db.history.loadPartRuns(projectId, part, settings.branch);
  const { eraOf } = assignEras(runs, settings.eraRules);
  const last = eraOf.at(-1);
  return runs.filter((_, i) => eraOf[i] === last).slice(-HEADROOM_RUNS);
}

export async function projectHeadroom(idOrName: string): Promise<SetHeadroom[]> {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  if (!project) throw notFound(`project ${idOrName}`);
  const projectId = project.id;
  const sets = await db.criteria.listCriteriaSets(projectId);
  const out: SetHeadroom[] = [];
  for (const set of sets) {
    const runs = await eraRuns(db, projectId, set.appliesTo?.userCount);
    const criteria: CriterionHeadroom[] = [];
    for (const criterion of set.criteria) criteria.push(await criterionHeadroom(db, projectId, criterion, runs));
    out.push({ id: set.id, name: set.name, users: runs.at(-1)?.userCount ?? null, criteria });
  }
  return out;
}

async function criterionHeadroom(
  db: Stores,
  projectId: string,
  criterion: StoredCriterion,
  runs: readonly PartRun[],
): Promise<CriterionHeadroom> {
  const none = (unavailable: string): CriterionHeadroom => ({ criterion, unavailable, runs: 0, headroom: null });
  if (criterion.relative !== undefined) return none('judged against a baseline run, not a fixed limit');
  const followed = criterionTrend(criterion);
  if (!followed) return none(`the history does not keep ${criterion.metric} in ${criterion.scope} per run`);
  const figures = await db.trends.loadScopeFigures(projectId, followed.scope);
  const points = runs.flatMap((r) => {
    const f = figures.get(r.runId);
    const v = f ? historyValue(f, followed.metric) : null;
    return v === null ? [] : [{ value: followed.valueOf(v), time: r.startTime }];
  });
  if (points.length === 0) return none(`no run of the history has ${criterion.scope}`);
  return { criterion, unavailable: null, runs: points.length, headroom: headroomOf(criterion, points) };
}
