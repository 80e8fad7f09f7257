// Reads of the trend page and API (issue 19): a project's runs matching the filters, oldest first, with what
// eras and the charts need; one scope's figures over them (the run_figure(project, scope key) index); the
// newest runs' figures for the matrix; the stored change points and the team's decisions.
import type { ScopeFigures } from '../../domain/history/run-figures';
import type { ChangePointStatus } from '../../domain/history/metric-change';
import type { ChangePointView } from '../../domain/history/change-point-view';
import type { Db } from './client';
import { figuresOfRow } from './history-store';
import { historyRuns, type HistoryRun } from './history-runs';
import { scopeKeyOf } from './history-write';
import { readJson } from './json-columns';
import { readChoice } from './text-columns';

export interface TrendFilters {
  branch?: string;
  environment?: string;
  profile?: string;
  users?: number;
  tag?: string;
}

export type TrendRunRow = HistoryRun;

export async function loadTrendRuns(db: Db, projectId: string, f: TrendFilters): Promise<TrendRunRow[]> {
  return historyRuns(db, {
    projectId,
    ...(f.branch !== undefined ? { branch: f.branch } : {}),
    ...(f.environment !== undefined ? { environment: f.environment } : {}),
    ...(f.profile !== undefined ? { profile: f.profile } : {}),
    ...(f.users !== undefined ? { userCount: f.users } : {}),
    ...(f.tag !== undefined ? { tags: { some: { tag: f.tag } } } : {}),
  });
}

/** The tags of the project's runs, each once, in order (the trend page's tag filter). */
export async function listProjectTags(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT t."tag" FROM "run_tag" t JOIN "run" r ON r."id" = t."run_id" WHERE r."project_id" = ${projectId}
    GROUP BY t."tag" ORDER BY t."tag" ASC`;
  return rows.map((r) => r.tag);
}

/** One scope's figures in every run of the project that has it, by run id. */
export async function loadScopeFigures(db: Db, projectId: string, scope: string): Promise<Map<string, ScopeFigures>> {
  const rows = await db.runFigure.findMany({ where: { projectId, scopeKey: scopeKeyOf(scope) } });
  return new Map(rows.filter((r) => r.scope === scope).map((r) => [r.runId, figuresOfRow(r)]));
}

export interface ChangePointQuery {
  status?: ChangePointStatus;
  metric?: string;
  scope?: string;
  limit: number;
}

export async function listChangePoints(db: Db, projectId: string, q: ChangePointQuery): Promise<ChangePointView[]> {
  const rows = await db.changePoint.findMany({
    where: {
      projectId,
      ...(q.status ? { status: q.status } : {}),
      ...(q.metric ? { metric: q.metric } : {}),
      ...(q.scope ? { scope: q.scope } : {}),
    },
    orderBy: [{ detectedAt: 'desc' }, { id: 'asc' }],
    take: q.limit,
  });
  return rows.map(viewOf);
}

export async function getChangePoint(db: Db, id: string): Promise<ChangePointView | null> {
  const row = await db.changePoint.findUnique({ where: { id } });
  return row ? viewOf(row) : null;
}

export interface ChangePointDecision {
  status: ChangePointStatus;
  note?: string | null;
  decidedBy: string;
}

export async function decideChangePoint(db: Db, id: string, d: ChangePointDecision, now: Date): Promise<boolean> {
  const open = d.status === 'open';
  const { count } = await db.changePoint.updateMany({
    where: { id },
    data: {
      status: d.status,
      ...(d.note !== undefined ? { note: d.note } : {}),
      decidedBy: open ? null : d.decidedBy,
      decidedAt: open ? null : now,
    },
  });
  return count === 1;
}

type Row = Awaited<ReturnType<Db['changePoint']['findMany']>>[number];

function viewOf(r: Row): ChangePointView {
  return {
    id: r.id,
    projectId: r.projectId,
    metric: readChoice('change_point.metric', r.id, r.metric),
    scope: r.scope,
    users: r.part,
    runId: r.runId,
    previousRunId: r.previousRunId,
    eraStartRunId: r.eraStartRunId,
    magnitude: r.magnitude,
    magnitudeLow: r.magnitudeLow,
    magnitudeHigh: r.magnitudeHigh,
    pValue: r.pValue,
    meanBefore: r.meanBefore,
    meanAfter: r.meanAfter,
    status: readChoice('change_point.status', r.id, r.status),
    note: r.note,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    detectedAt: r.detectedAt.toISOString(),
    metadataChanges: readJson('change_point.metadata_changes', r.id, r.metadataChanges),
  };
}

/** The labels of the runs that still exist, by id. */
export async function runLabels(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.run.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, label: true } });
  return new Map(rows.map((r) => [r.id, r.label]));
}
