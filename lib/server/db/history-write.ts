// What an upload (or a change to a run) writes for the project's history, inside the same transaction: the
// run's figures per scope (run_figure, read by trends without re-reading runs) and a job for the change-point
// worker (history_job). A run stored but not yet analysed is always a job waiting, even after a crash.
import { createHash } from 'node:crypto';
import type { ScopeFigures } from '../../domain/history/run-figures';
import type { Db, Tx } from './client';
import { EVERY_PART, historyPart } from '../../domain/history/parts';
import type { HistorySettings } from '../../domain/history/settings';
import { Prisma } from './generated/sqlite/client';

/** Rows per INSERT: 15 values each. */
const FIGURE_BATCH = 500;

export const scopeKeyOf = (scope: string): string => createHash('sha256').update(scope).digest('hex');

export async function insertRunFigures(
  tx: Tx,
  projectId: string,
  runId: string,
  figures: readonly ScopeFigures[],
): Promise<void> {
  const rows = figures.map((f, position) => ({
    runId,
    projectId,
    position,
    scope: f.scope,
    scopeKey: scopeKeyOf(f.scope),
    goodputRps: f.whole.goodputRps,
    medianMs: f.whole.medianMs,
    p95Ms: f.whole.p95Ms,
    p99Ms: f.whole.p99Ms,
    failureRate: f.whole.failureRate,
    steadyGoodputRps: f.steady?.goodputRps ?? null,
    steadyMedianMs: f.steady?.medianMs ?? null,
    steadyP95Ms: f.steady?.p95Ms ?? null,
    steadyP99Ms: f.steady?.p99Ms ?? null,
    steadyFailureRate: f.steady?.failureRate ?? null,
  }));
  for (let i = 0; i < rows.length; i += FIGURE_BATCH)
    await tx.runFigure.createMany({ data: rows.slice(i, i + FIGURE_BATCH) });
}

/** Asks the worker to bring `part` of the project's history up to date (again, if it is working on it: the
 *  newer `requestedAt` keeps the job after the pass in progress). `runId`: the upload that asked. */
export async function requestHistory(
  tx: Tx,
  projectId: string,
  part: string,
  runId: string | null,
  now: Date,
): Promise<void> {
  await tx.historyJob.upsert({
    where: { projectId_part: { projectId, part } },
    create: { projectId, part, requestedAt: now, runId },
    update: { requestedAt: now, ...(runId === null ? {} : { runId }) },
  });
}

/** Up to `limit` runs stored before run_figure existed (or whose figures are missing): they get theirs from
 *  the stored run (history-worker.ts backfill). */
export async function runsWithoutFigures(db: Db, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "run" r
    WHERE NOT EXISTS (SELECT 1 FROM "run_figure" f WHERE f."run_id" = r."id")
    ORDER BY r."created_at" ASC, r."id" ASC LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** A stored run's figures, written with a job for its part; nothing when another worker was first. */
export async function saveBackfilledFigures(db: Db, runId: string, figures: readonly ScopeFigures[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const run = await tx.run.findUnique({ where: { id: runId }, select: { projectId: true, userCount: true } });
    if (!run || (await tx.runFigure.count({ where: { runId } })) > 0) return;
    await insertRunFigures(tx, run.projectId, runId, figures);
    await requestHistory(tx, run.projectId, historyPart(run.userCount), null, new Date());
  });
}

/** Stores the project's history settings (null: the default) and asks for every part to be searched again.
 *  false: no such project. */
export async function saveHistorySettings(
  db: Db,
  projectId: string,
  patch: { [K in keyof HistorySettings]?: HistorySettings[K] | null },
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: projectId },
      data: {
        ...(patch.branch !== undefined ? { historyBranch: patch.branch } : {}),
        ...(patch.alpha !== undefined ? { historyAlpha: patch.alpha } : {}),
        ...(patch.window !== undefined ? { historyWindow: patch.window } : {}),
        ...(patch.minMagnitude !== undefined ? { historyMinMagnitude: patch.minMagnitude } : {}),
        ...(patch.eraRules !== undefined
          ? {
              historyEraRules: patch.eraRules === null ? Prisma.DbNull : [...patch.eraRules],
            }
          : {}),
      },
    });
    if (count === 0) return false;
    await requestHistory(tx, projectId, EVERY_PART, null, now);
    return true;
  });
}
