// Projects, and their runs in the light shape criteria need (figures and endpoints; no series,
// failures or files), so evaluating runs of a project reads little; the project page's run list.
import { ALL_ENDPOINTS } from '../../domain/criteria/endpoint-needs';
import type { RunToEvaluate } from '../../domain/criteria/project-evaluation';
import type { ParsedRun } from '../../domain/locust/types';
import { readJson } from './json-columns';
import { endpointStatsOf } from './endpoint-rows';
import type { Db } from './client';
import type { DbProvider } from './config';
import { loadCriteriaRuns } from './criteria-runs';
import type { ProjectInfo } from '../../domain/shapes/project';

export async function getProject(db: Db, idOrName: string): Promise<ProjectInfo | null> {
  const p = await db.project.findFirst({ where: { OR: [{ id: idOrName }, { name: idOrName }] } });
  return p ? { id: p.id, name: p.name, description: p.description, createdAt: p.createdAt.toISOString() } : null;
}

export async function projectOfRun(db: Db, runId: string): Promise<string | null> {
  return (await db.run.findUnique({ where: { id: runId }, select: { projectId: true } }))?.projectId ?? null;
}

const LIGHT = { endpoints: { orderBy: { position: 'asc' } }, tags: { select: { tag: true } } } as const;
type LightRow = Awaited<ReturnType<Db['run']['findFirstOrThrow']>> & {
  endpoints: Awaited<ReturnType<Db['endpointStat']['findFirstOrThrow']>>[];
  tags: { tag: string }[];
};

function toEvaluated(r: LightRow): RunToEvaluate {
  const run: ParsedRun = {
    meta: {
      label: r.label,
      userCount: r.userCount,
      spawnRate: r.spawnRate,
      startTime: r.startTime,
      endTime: r.endTime,
      durationS: r.durationS,
      host: r.host,
      locustfile: r.locustfile,
      locustVersion: r.locustVersion,
      profile: r.profile,
    },
    files: [],
    aggregated: readJson('run.aggregated', r.id, r.aggregated),
    endpoints: r.endpoints.map(endpointStatsOf),
    failures: [],
    exceptions: [],
    transactions: [],
    history: null,
    warnings: readJson('run.warnings', r.id, r.warnings),
  };
  const tags = r.tags.map((t) => t.tag).sort();
  const createdAt = r.createdAt.toISOString();
  return { id: r.id, label: r.label, createdAt, userCount: r.userCount, tags, profile: r.profile, run };
}

/** Every run of a project with every endpoint, oldest upload first (one query: criteria-runs.ts). */
export async function loadProjectRunsForCriteria(
  db: Db,
  provider: DbProvider,
  projectId: string,
): Promise<RunToEvaluate[]> {
  return loadCriteriaRuns(db, provider, projectId, 'all', ALL_ENDPOINTS);
}

export interface ProjectRunRef {
  id: string;
  label: string;
  /** ISO-8601 upload time. */
  createdAt: string;
  userCount: number | null;
  /** When the test started (ISO-8601 as read), null when unknown: roadmap verification orders runs by it. */
  startTime: string | null;
}

/** The project's runs without their figures, oldest upload first (the order of the verdict matrix). */
export async function listProjectRuns(db: Db, projectId: string): Promise<ProjectRunRef[]> {
  const rows = await db.run.findMany({
    where: { projectId },
    select: { id: true, label: true, createdAt: true, userCount: true, startTime: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: r.createdAt.toISOString(),
    userCount: r.userCount,
    startTime: r.startTime,
  }));
}

/** Endpoint names of one run ("GET /login"), in file order, without loading the run. */
export async function endpointNamesOfRun(db: Db, runId: string): Promise<{ method: string | null; name: string }[]> {
  return db.endpointStat.findMany({
    where: { runId },
    select: { method: true, name: true },
    orderBy: { position: 'asc' },
  });
}

export async function loadRunForCriteria(db: Db, runId: string): Promise<RunToEvaluate | null> {
  const row = await db.run.findUnique({ where: { id: runId }, include: LIGHT });
  return row ? toEvaluated(row) : null;
}
