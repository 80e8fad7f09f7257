// The change-point worker (issue 19): runs in every instance (instrumentation.ts), all sharing the jobs an
// upload, edit or deletion writes with its run (history_job). A pass first gives runs stored before the
// history existed their figures (a few per pass), then claims one job under a lease and brings that part of
// the project's history up to date: the current era's series extended with the new runs (or every era searched
// again), the change points stored, and regression.detected enqueued for new regressions in the same
// transaction. Polls every SWARMLENS_HISTORY_POLL_MS (default 5,000) and is woken after an upload in its
// process. SWARMLENS_HISTORY_WORKER=off starts none (an instance that only serves; others analyse).
import 'server-only';
import { assignEras } from '../../domain/history/eras';
import { EVERY_PART } from '../../domain/history/parts';
import { planPass, runPass, runsToRead } from '../../domain/history/part-pass';
import { runFigures } from '../../domain/history/run-figures';
import { settingsKey, type HistorySettings } from '../../domain/history/settings';
import type { ClaimedHistoryJob } from '../db/history-store';
import type { HistoryOutbox } from '../db/history-save';
import { newId } from '../../domain/ids';
import { plannedRegressionDeliveries } from '../../domain/webhooks/regression-data';
import { publicUrl } from '../auth/public-url';
import { database, type Stores } from '../db/stores';
import { startPollingWorker, wakePollingWorker } from './polling-worker';
import { wakeWebhookWorker } from './webhook-worker';

const WORKER = 'history analysis';
/** A pass over a 1,000-run part of 200 endpoints takes seconds when it must search every era again. */
const LEASE_MS = 10 * 60_000;
/** A job whose pass failed is tried again after this long. */
const RETRY_AFTER_MS = 60_000;
/** Runs given their figures per pass. */
const BACKFILL_BATCH = 5;

/** regression.detected for a pass's new regressions; run links start with SWARMLENS_PUBLIC_URL when set. */
export const regressionOutbox =
  (baseUrl: string | null = publicUrl()): HistoryOutbox =>
  ({ project, run, created, webhooks }) =>
    plannedRegressionDeliveries({
      project,
      run: { ...run, url: `${baseUrl ?? ''}/runs/${encodeURIComponent(run.id)}` },
      created,
      webhooks,
      occurredAt: new Date().toISOString(),
      newId: () => newId('whd'),
    });

/** Gives up to `limit` stored runs without figures theirs. Returns how many. */
export async function backfillFigures(db: Stores, limit: number = BACKFILL_BATCH): Promise<number> {
  const ids = await db.history.runsWithoutFigures(limit);
  for (const id of ids) {
    const stored = await db.runs.getRun(id);
    if (!stored) continue;
    const endpoints = stored.run.history ? await db.runs.getAllEndpointSeries(id) : null;
    const run =
      stored.run.history && endpoints ? { ...stored.run, history: { ...stored.run.history, endpoints } } : stored.run;
    await db.history.saveBackfilledFigures(id, runFigures(run));
  }
  return ids.length;
}

/** Brings one part (or every part) of a project's history up to date. */
export async function analysePart(
  db: Stores,
  job: Pick<ClaimedHistoryJob, 'projectId' | 'part' | 'runId'>,
  outbox: HistoryOutbox | null = regressionOutbox(),
  now: Date = new Date(),
): Promise<void> {
  const settings = await db.history.loadHistorySettings(job.projectId);
  if (!settings) return;
  const parts = job.part === EVERY_PART ? await db.history.listParts(job.projectId) : [job.part];
  for (const part of parts) await passOverPart(db, job.projectId, part, settings, job.runId, outbox, now);
}

async function passOverPart(
  db: Stores,
  projectId: string,
  part: string,
  settings: HistorySettings,
  runId: string | null,
  outbox: HistoryOutbox | null,
  now: Date,
): Promise<void> {
  const runs = await db.history.loadPartRuns(projectId, part, settings.branch);
  const { eras, eraOf } = assignEras(runs, settings.eraRules);
  const layout = { runs, eras, eraOf };
  const key = settingsKey(settings);
  const stored = await db.history.loadSeries(projectId, part);
  const plan = planPass(layout, key, stored);
  const figures = await db.history.loadFigures(runsToRead(layout, plan).map((r) => r.runId));
  const result = runPass(layout, plan, settings, key, stored, figures);
  await db.history.saveHistoryPass(projectId, part, result, now, outbox ? { outbox, runId } : undefined);
}

/** One worker pass: a backfill batch, then one job. Returns whether more is waiting. */
export async function historyPass(db: Stores, outbox: HistoryOutbox | null = regressionOutbox()): Promise<boolean> {
  const backfilled = await backfillFigures(db);
  const job = await db.history.claimHistoryJob(new Date(), LEASE_MS);
  if (!job) return backfilled >= BACKFILL_BATCH;
  try {
    await analysePart(db, job, outbox);
  } catch (e) {
    // Kept for another try after a pause (a database that failed mid-pass), not lost.
    await db.history.postponeHistoryJob(job, new Date(Date.now() + RETRY_AFTER_MS)).catch(() => undefined);
    throw e;
  }
  await db.history.finishHistoryJob(job);
  return true;
}

export function startHistoryWorker(env: Record<string, string | undefined> = process.env) {
  const n = Number(env.SWARMLENS_HISTORY_POLL_MS);
  const pollMs = Number.isFinite(n) && n > 0 ? n : 5_000;
  startPollingWorker(WORKER, pollMs, async () => {
    const more = await historyPass(await database());
    if (more) wakeWebhookWorker(); // a job's pass may have enqueued regression.detected
    return more;
  });
}

/** Analyses what an upload just stored without waiting for the next poll (no-op without a worker). */
export function wakeHistoryWorker(): void {
  wakePollingWorker(WORKER);
}
