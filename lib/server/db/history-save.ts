// The writes of one change-point pass over a part (history-worker.ts), in one transaction: the current era's
// series snapshots replace the part's, and the change points of the eras searched are brought in line with
// what the pass found. Open points no longer found are removed; acknowledged and dismissed ones are kept
// with the team's note. Returns the points that are new (for the regression.detected event).
import { newId } from '../../domain/ids';
import type { FoundChangePoint, PassResult } from '../../domain/history/part-pass';
import type { Db, Tx } from './client';
import { jsonForColumn } from './json-columns';
import { replaceSeries, seriesKeyOf } from './history-series';
import { enabledWebhooks, enqueueDeliveries } from './webhook-outbox';
import type { NewDelivery, OutboxWebhook } from '../../domain/webhooks/outbox';
import type { WebhookRun } from '../../domain/webhooks/types';

const TX_OPTIONS = { maxWait: 30_000, timeout: 300_000 };

export interface SavedPass {
  created: (FoundChangePoint & { id: string })[];
}

/** The run an event is about, as stored (its link is made by the caller). */
export type StoredEventRun = Omit<WebhookRun, 'url'>;

/** The regression.detected deliveries of a pass (lib/domain/webhooks/regression-data.ts), planned inside its
 *  transaction from what it created, the project's enabled webhooks and the run that asked. */
export type HistoryOutbox = (ctx: {
  project: { id: string; name: string };
  run: StoredEventRun;
  created: SavedPass['created'];
  webhooks: OutboxWebhook[];
}) => NewDelivery[];

export async function saveHistoryPass(
  db: Db,
  provider: 'sqlite' | 'postgresql',
  projectId: string,
  part: string,
  result: PassResult,
  now: Date,
  event?: { outbox: HistoryOutbox; runId: string | null },
): Promise<SavedPass> {
  return db.$transaction(async (tx) => {
    await replaceSeries(tx, provider, projectId, part, result.series, now);
    const saved = await syncChangePoints(tx, projectId, part, result, now);
    if (event && saved.created.length > 0) await enqueueRegressions(tx, projectId, saved, event, now);
    return saved;
  }, TX_OPTIONS);
}

async function syncChangePoints(tx: Tx, projectId: string, part: string, result: PassResult, now: Date) {
  const existing = await tx.changePoint.findMany({
    where: { projectId, part, eraStartRunId: { in: result.erasSearched } },
    select: { id: true, seriesKey: true, runId: true, status: true },
  });
  const byKey = new Map(existing.map((e) => [`${e.seriesKey}|${e.runId}`, e]));
  const kept = new Set<string>();
  const created: SavedPass['created'] = [];
  for (const c of result.changePoints) {
    const seriesKey = seriesKeyOf(part, c.metric, c.scope);
    const figures = {
      previousRunId: c.previousRunId,
      eraStartRunId: c.eraStartRunId,
      magnitude: c.magnitude,
      magnitudeLow: c.magnitudeLow,
      magnitudeHigh: c.magnitudeHigh,
      pValue: c.pValue,
      meanBefore: c.meanBefore,
      meanAfter: c.meanAfter,
      metadataChanges: jsonForColumn('change_point.metadata_changes', c.metadataChanges),
    };
    const found = byKey.get(`${seriesKey}|${c.runId}`);
    if (found) {
      kept.add(found.id);
      await tx.changePoint.update({ where: { id: found.id }, data: figures });
      continue;
    }
    const id = newId('cp');
    await tx.changePoint.create({
      data: {
        id,
        projectId,
        seriesKey,
        part,
        metric: c.metric,
        scope: c.scope,
        runId: c.runId,
        status: 'open',
        detectedAt: now,
        ...figures,
      },
    });
    created.push({ ...c, id });
  }
  const gone = existing.filter((e) => e.status === 'open' && !kept.has(e.id)).map((e) => e.id);
  if (gone.length > 0) await tx.changePoint.deleteMany({ where: { id: { in: gone } } });
  return { created };
}

async function enqueueRegressions(
  tx: Tx,
  projectId: string,
  saved: SavedPass,
  event: { outbox: HistoryOutbox; runId: string | null },
  now: Date,
): Promise<void> {
  const webhooks = (await enabledWebhooks(tx, projectId)).filter((w) => w.events.includes('regression.detected'));
  if (webhooks.length === 0) return;
  // The upload that made them found; else (an edit, a deletion, new settings) the newest run they start at.
  const runId =
    event.runId ??
    saved.created
      .map((c) => c.runId)
      .sort()
      .at(-1)!;
  const row = await tx.run.findUnique({
    where: { id: runId },
    include: { project: { select: { name: true } }, tags: { select: { tag: true } } },
  });
  if (!row) return;
  const run: StoredEventRun = {
    id: row.id,
    label: row.label,
    users: row.userCount,
    durationS: row.durationS,
    requests: row.requests,
    failures: row.failures,
    failureRate: row.failureRate,
    rps: row.rps,
    p95Ms: row.p95Ms,
    commit: row.commit,
    branch: row.branch,
    environment: row.environment,
    build: row.build,
    buildUrl: row.buildUrl,
    tags: row.tags.map((t) => t.tag).sort(),
  };
  const planned = event.outbox({
    project: { id: projectId, name: row.project.name },
    run,
    created: saved.created,
    webhooks,
  });
  // One event per run and webhook: a run that already announced regressions (a pass again) does not again.
  const sent = await tx.webhookDelivery.findMany({
    where: { event: 'regression.detected', runId, webhookId: { in: planned.map((d) => d.webhookId) } },
    select: { webhookId: true },
  });
  const done = new Set(sent.map((d) => d.webhookId));
  await enqueueDeliveries(
    tx,
    planned.filter((d) => !done.has(d.webhookId)),
    now,
  );
}
