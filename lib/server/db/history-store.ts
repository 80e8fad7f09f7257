// Reads of the change-point worker (history-worker.ts): its jobs, claimed one at a time under a lease by the
// worker of any instance (history_job), the project's history settings, the runs of a part, their figures
// and the stored series snapshots. The pass's writes are in history-save.ts.
import { randomUUID } from 'node:crypto';
import { usersOfPart, NO_USERS_PART } from '../../domain/history/parts';
import type { PartRun } from '../../domain/history/part-pass';
import type { MetricValues, ScopeFigures } from '../../domain/history/run-figures';
import { historySettings, type HistorySettings } from '../../domain/history/settings';
import type { Db } from './client';
import { readJson } from './json-columns';
import { historyRuns } from './history-runs';

export interface ClaimedHistoryJob {
  projectId: string;
  part: string;
  requestedAt: Date;
  runId: string | null;
  leaseOwner: string;
}

/** The oldest job whose lease is free or expired, claimed for `leaseMs`; null when none is waiting. */
export async function claimHistoryJob(db: Db, now: Date, leaseMs: number): Promise<ClaimedHistoryJob | null> {
  const free = { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  const candidates = await db.historyJob.findMany({ where: free, orderBy: { requestedAt: 'asc' }, take: 5 });
  for (const job of candidates) {
    const owner = randomUUID();
    const { count } = await db.historyJob.updateMany({
      where: { projectId: job.projectId, part: job.part, ...free },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count !== 1) continue;
    const row = await db.historyJob.findUnique({
      where: { projectId_part: { projectId: job.projectId, part: job.part } },
    });
    if (row && row.leaseOwner === owner) return { ...row, leaseOwner: owner };
  }
  return null;
}

/** Removes the job unless it was requested again since it was claimed; then it only frees the lease. */
export async function finishHistoryJob(db: Db, job: ClaimedHistoryJob): Promise<void> {
  const mine = { projectId: job.projectId, part: job.part, leaseOwner: job.leaseOwner };
  const { count } = await db.historyJob.deleteMany({ where: { ...mine, requestedAt: job.requestedAt } });
  if (count === 0) await db.historyJob.updateMany({ where: mine, data: { leaseOwner: null, leaseUntil: null } });
}

/** Keeps a job whose pass failed, leased to nobody until `retryAt`. */
export async function postponeHistoryJob(db: Db, job: ClaimedHistoryJob, retryAt: Date): Promise<void> {
  await db.historyJob.updateMany({
    where: { projectId: job.projectId, part: job.part, leaseOwner: job.leaseOwner },
    data: { leaseUntil: retryAt },
  });
}

/** Jobs waiting, of one project or of all. */
export async function countHistoryJobs(db: Db, projectId?: string): Promise<number> {
  return db.historyJob.count({ where: projectId === undefined ? {} : { projectId } });
}

/** null: the project is gone. */
export async function loadHistorySettings(db: Db, projectId: string): Promise<HistorySettings | null> {
  const p = await db.project.findUnique({ where: { id: projectId } });
  if (!p) return null;
  return historySettings({
    branch: p.historyBranch,
    alpha: p.historyAlpha,
    window: p.historyWindow,
    minMagnitude: p.historyMinMagnitude,
    eraRules: readJson('project.history_era_rules', projectId, p.historyEraRules ?? null),
  });
}

/** The parts (user counts) the project's history has. */
export async function listParts(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.run.findMany({ where: { projectId }, select: { userCount: true }, distinct: ['userCount'] });
  return rows.map((r) => (r.userCount === null ? NO_USERS_PART : String(r.userCount)));
}

/** The part's runs on the history branch (or saying none), oldest first: by start time, else upload time. */
export async function loadPartRuns(db: Db, projectId: string, part: string, branch: string): Promise<PartRun[]> {
  return historyRuns(db, { projectId, userCount: usersOfPart(part), OR: [{ branch: null }, { branch }] });
}

const IDS_PER_QUERY = 500;

/** Each run's figures by run id, scopes in position order. */
export async function loadFigures(db: Db, runIds: readonly string[]): Promise<Map<string, ScopeFigures[]>> {
  const out = new Map<string, ScopeFigures[]>();
  for (let i = 0; i < runIds.length; i += IDS_PER_QUERY) {
    const rows = await db.runFigure.findMany({
      where: { runId: { in: runIds.slice(i, i + IDS_PER_QUERY) } },
      orderBy: [{ runId: 'asc' }, { position: 'asc' }],
    });
    for (const r of rows) {
      let list = out.get(r.runId);
      if (!list) out.set(r.runId, (list = []));
      list.push(figuresOfRow(r));
    }
  }
  return out;
}

type FigureRow = Awaited<ReturnType<Db['runFigure']['findMany']>>[number];

export function figuresOfRow(r: FigureRow): ScopeFigures {
  const whole: MetricValues = {
    goodputRps: r.goodputRps,
    medianMs: r.medianMs,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    failureRate: r.failureRate,
  };
  const steady: MetricValues = {
    goodputRps: r.steadyGoodputRps,
    medianMs: r.steadyMedianMs,
    p95Ms: r.steadyP95Ms,
    p99Ms: r.steadyP99Ms,
    failureRate: r.steadyFailureRate,
  };
  // A run with a steady state has its goodput there (requests counted over it): all-null means none.
  const hasSteady = Object.values(steady).some((v) => v !== null);
  return { scope: r.scope, whole, steady: hasSteady ? steady : null };
}
