// What an upload (or a change to a run) writes for the project's history, inside the same transaction: the
// run's figures per scope (run_figure, read by trends without re-reading runs) and a job for the change-point
// worker (history_job). A run stored but not yet analysed is always a job waiting, even after a crash.
import { createHash } from 'node:crypto';
import type { ScopeFigures } from '../../domain/history/run-figures';
import type { Db, Tx } from './client';
import { EVERY_PART, historyPart } from '../../domain/history/parts';
import type { HistorySettings } from '../../domain/history/settings';
import { Prisma } from './generated/sqlite/client';
import { writeLockFirst } from './write-lock';

/** Rows per INSERT: 15 parameters each, far below SQLite's 32,766 and PostgreSQL's 65,535. */
const FIGURE_BATCH = 500;

const COLUMNS = Prisma.raw(
  [
    'run_id',
    'project_id',
    'position',
    'scope',
    'scope_key',
    'goodput_rps',
    'median_ms',
    'p95_ms',
    'p99_ms',
    'failure_rate',
    'steady_goodput_rps',
    'steady_median_ms',
    'steady_p95_ms',
    'steady_p99_ms',
    'steady_failure_rate',
  ]
    .map((c) => `"${c}"`)
    .join(', '),
);

export const scopeKeyOf = (scope: string): string => createHash('sha256').update(scope).digest('hex');

/** One multi-row INSERT per FIGURE_BATCH scopes. Storing a 1,000-endpoint run took ~460 ms of CPU without
 *  figures, ~840 ms with them written by Prisma's createMany, ~510–680 ms with this (SQLite, this machine). */
export async function insertRunFigures(
  tx: Tx,
  projectId: string,
  runId: string,
  figures: readonly ScopeFigures[],
): Promise<void> {
  for (let from = 0; from < figures.length; from += FIGURE_BATCH) {
    const rows = figures.slice(from, from + FIGURE_BATCH).map((f, i) => {
      const [w, s] = [f.whole, f.steady];
      const values = [runId, projectId, from + i, f.scope, scopeKeyOf(f.scope), w.goodputRps, w.medianMs, w.p95Ms]
        .concat([w.p99Ms, w.failureRate, s?.goodputRps ?? null, s?.medianMs ?? null, s?.p95Ms ?? null])
        .concat([s?.p99Ms ?? null, s?.failureRate ?? null]);
      return Prisma.sql`(${Prisma.join(values)})`;
    });
    await tx.$executeRaw`INSERT INTO "run_figure" (${COLUMNS}) VALUES ${Prisma.join(rows)}`;
  }
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
export async function saveBackfilledFigures(
  db: Db,
  runId: string,
  figures: readonly ScopeFigures[],
  provider: 'sqlite' | 'postgresql' = 'sqlite',
): Promise<void> {
  await db.$transaction(async (tx) => {
    await writeLockFirst(tx, provider);
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
