// The Regressions inbox (issue 19): a project's change points, the team's decision on each (acknowledged,
// dismissed, or open again, with a note), and the project's history settings. Changing a setting asks the
// worker to search the whole history again. The routes check the caller is an editor first.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import type { ChangePointView } from '../../domain/history/change-point-view';
import type { ChangePointStatus } from '../../domain/history/metric-change';
import type { TrendMetric } from '../../domain/history/run-figures';
import type { HistorySettings } from '../../domain/history/settings';
import { database } from '../db/stores';
import { notFound } from './errors';
import { wakeHistoryWorker } from './history-worker';

export interface ChangePointFilter {
  status?: ChangePointStatus;
  metric?: TrendMetric;
  scope?: string;
  limit: number;
}

export async function listProjectChangePoints(idOrName: string, q: ChangePointFilter): Promise<ChangePointView[]> {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  if (!project) throw notFound(`project ${idOrName}`);
  return db.trends.listChangePoints(project.id, q);
}

export interface InboxData {
  project: { id: string; name: string };
  points: ChangePointView[];
  /** Labels of the runs around the points that still exist. */
  labels: Map<string, string>;
  settings: HistorySettings;
  /** Jobs waiting for the worker (a run just uploaded is not analysed yet). */
  pending: number;
}

/** The Regressions page: the project's change points of `status` (every status when absent), newest first. */
export async function inboxData(projectId: string, status?: ChangePointStatus): Promise<InboxData> {
  const db = await database();
  const project = await db.projects.getProject(projectId);
  if (!project) throw notFound(`project ${projectId}`);
  const [points, settings, pending] = await Promise.all([
    db.trends.listChangePoints(project.id, { status, limit: 1000 }),
    db.history.loadHistorySettings(project.id),
    db.history.countHistoryJobs(project.id),
  ]);
  const labels = await db.trends.runLabels(points.flatMap((p) => [p.runId, p.previousRunId]));
  return { project: { id: project.id, name: project.name }, points, labels, settings: settings!, pending };
}

export async function projectOfChangePoint(id: string): Promise<string> {
  const db = await database();
  const found = await db.trends.getChangePoint(id);
  if (!found) throw notFound(`change point ${id}`);
  return found.projectId;
}

export async function decideChangePoint(
  id: string,
  decision: { status: ChangePointStatus; note?: string | null },
  caller: CallerIdentity | null,
): Promise<ChangePointView> {
  const db = await database();
  const decidedBy = caller?.name ?? 'anyone (open instance)';
  if (!(await db.trends.decideChangePoint(id, { ...decision, decidedBy }, new Date())))
    throw notFound(`change point ${id}`);
  return (await db.trends.getChangePoint(id))!;
}

export async function getHistorySettings(idOrName: string): Promise<HistorySettings> {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  const settings = project ? await db.history.loadHistorySettings(project.id) : null;
  if (!settings) throw notFound(`project ${idOrName}`);
  return settings;
}

/** null in the patch: back to the default. */
export type HistorySettingsPatch = { [K in keyof HistorySettings]?: HistorySettings[K] | null };

export async function updateHistorySettings(idOrName: string, patch: HistorySettingsPatch): Promise<HistorySettings> {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  if (!project || !(await db.history.saveHistorySettings(project.id, patch, new Date())))
    throw notFound(`project ${idOrName}`);
  wakeHistoryWorker();
  return (await db.history.loadHistorySettings(project.id))!;
}
