// Projects, and their runs in the light shape criteria need (figures and endpoints; no series,
// failures or files), so evaluating every run of a project reads little.
import type { RunToEvaluate } from '../criteria/project-evaluation';
import type { EndpointStats, ParsedRun } from '../locust/types';
import type { Db } from './client';

export interface ProjectInfo {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
}

export async function getProject(db: Db, idOrName: string): Promise<ProjectInfo | null> {
  const p = await db.project.findFirst({ where: { OR: [{ id: idOrName }, { name: idOrName }] } });
  return p ? { id: p.id, name: p.name, description: p.description, createdAt: p.createdAt.toISOString() } : null;
}

export async function projectOfRun(db: Db, runId: string): Promise<string | null> {
  return (await db.run.findUnique({ where: { id: runId }, select: { projectId: true } }))?.projectId ?? null;
}

const LIGHT = { endpoints: { orderBy: { position: 'asc' } } } as const;
type LightRow = Awaited<ReturnType<Db['run']['findFirstOrThrow']>> & { endpoints: Awaited<ReturnType<Db['endpointStat']['findFirstOrThrow']>>[] };

function toEvaluated(r: LightRow): RunToEvaluate {
  const run: ParsedRun = {
    meta: {
      label: r.label, userCount: r.userCount, spawnRate: r.spawnRate, startTime: r.startTime, endTime: r.endTime, durationS: r.durationS,
      host: r.host, locustfile: r.locustfile, locustVersion: r.locustVersion,
    },
    files: [],
    aggregated: r.aggregated as unknown as EndpointStats,
    endpoints: r.endpoints.map(({ method, name, requests, failures, medianMs, avgMs, minMs, maxMs, avgSizeBytes, rps, failuresPerS, percentiles }) => ({
      method, name, requests, failures, medianMs, avgMs, minMs, maxMs, avgSizeBytes, rps, failuresPerS, percentiles: percentiles as EndpointStats['percentiles'],
    })),
    failures: [],
    exceptions: [],
    transactions: [],
    history: null,
    warnings: r.warnings as string[],
  };
  return { id: r.id, label: r.label, createdAt: r.createdAt.toISOString(), userCount: r.userCount, run };
}

/** Every run of a project, oldest upload first. */
export async function loadProjectRunsForCriteria(db: Db, projectId: string): Promise<RunToEvaluate[]> {
  const rows = await db.run.findMany({ where: { projectId }, include: LIGHT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(toEvaluated);
}

export async function loadRunForCriteria(db: Db, runId: string): Promise<RunToEvaluate | null> {
  const row = await db.run.findUnique({ where: { id: runId }, include: LIGHT });
  return row ? toEvaluated(row) : null;
}
