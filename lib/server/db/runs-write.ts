// Storing runs: one transaction per upload, so a run is stored whole or not at all.
import { newId } from '../../domain/ids';
import type { ParsedRun } from '../../domain/locust/types';
import type { Db, Tx } from './client';
import { encodeSeries } from './series-codec';
import { originalFromBytes, type StoredOriginal } from './original-file';
import { jsonForColumn } from './json-columns';
import { provenanceColumns } from './run-provenance';
import type { NewDelivery, OutboxWebhook } from '../../domain/webhooks/outbox';
import { enabledWebhooks, enqueueDeliveries } from './webhook-outbox';
import { runFigures, type ScopeFigures } from '../../domain/history/run-figures';
import { historyPart } from '../../domain/history/parts';
import { insertRunFigures, requestHistory } from './history-write';
import { writeLockFirst } from './write-lock';
import { insertRunFiles, insertRunSeries } from './run-blobs-write';

type Provider = 'sqlite' | 'postgresql';

export interface NewRun {
  run: ParsedRun;
  label: string;
  tags: string[];
  notes: string | null;
  /** Originals of the files this run was parsed from (by file name): bytes, or already gzipped. */
  originals: ({ name: string; bytes: Uint8Array } | StoredOriginal)[];
}

/** The webhook deliveries of an upload, planned inside its transaction from the runs' ids (in the order
 *  given) and the project's enabled webhooks (lib/domain/webhooks/outbox.ts). */
export type UploadOutbox = (ctx: { projectId: string; runIds: string[]; webhooks: OutboxWebhook[] }) => NewDelivery[];

/** Large uploads (a million-row history, 5,000 endpoints) take a while to write. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 300_000 };

/** `provider`: SQLite takes its write lock first (see insertAll). `outbox`: the webhook deliveries to enqueue in
 *  the same transaction, so a stored run always has its events (a server stopped after the commit loses none). */
export async function createRuns(
  db: Db,
  projectName: string,
  runs: NewRun[],
  provider: 'sqlite' | 'postgresql' = 'sqlite',
  outbox?: UploadOutbox,
): Promise<string[]> {
  // Compress before the transaction (zlib runs on the thread pool), so it stays short.
  const prepared = await Promise.all(runs.map(prepare));
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertAll(db, projectName, prepared, provider, outbox);
    } catch (e) {
      // The transaction rolled back whole, so trying again is safe when it lost a race:
      // - two first uploads into a new project (the loser's upsert hits the unique name; now it exists);
      // - SQLite shared by several server processes: a transaction that read before another
      //   process committed cannot then write (SQLITE_BUSY, reported as a timeout, P1008);
      // - the transaction could not start within maxWait behind others (P2028).
      const code = (e as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || (code !== 'P2002' && code !== 'P1008' && code !== 'P2028')) throw e;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 80));
    }
  }
}

const MAX_ATTEMPTS = 8;

function insertAll(
  db: Db,
  projectName: string,
  prepared: PreparedRun[],
  provider: 'sqlite' | 'postgresql',
  outbox: UploadOutbox | undefined,
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    // SQLite shared by several server processes: take the write lock first (a no-op write waits
    // for it, up to the busy timeout). A deferred transaction that reads first cannot later write
    // while another process writes: SQLITE_BUSY at once, no waiting.
    await writeLockFirst(tx, provider);
    const project = await tx.project.upsert({
      where: { name: projectName },
      update: {},
      create: { id: newId('prj'), name: projectName },
    });
    const ids: string[] = [];
    for (const r of prepared) ids.push(await insertRun(tx, provider, project.id, r));
    const webhooks = outbox ? await enabledWebhooks(tx, project.id) : [];
    if (outbox && webhooks.length > 0)
      await enqueueDeliveries(tx, outbox({ projectId: project.id, runIds: ids, webhooks }), new Date());
    return ids;
  }, TX_OPTIONS);
}

interface PreparedRun extends NewRun {
  series: Awaited<ReturnType<typeof encodeSeries>>[];
  files: StoredOriginal[];
  figures: ScopeFigures[];
}

async function prepare(input: NewRun): Promise<PreparedRun> {
  const h = input.run.history;
  const names = new Set(input.run.files.map((f) => f.name));
  const [series, files] = await Promise.all([
    Promise.all((h ? [h.aggregated, ...h.endpoints] : []).map(encodeSeries)),
    Promise.all(
      input.originals
        .filter((o) => names.has(o.name))
        .map((o) => ('bytes' in o ? originalFromBytes(o.name, o.bytes) : o)),
    ),
  ]);
  return { ...input, series, files, figures: runFigures(input.run) };
}

async function insertRun(tx: Tx, provider: Provider, projectId: string, input: PreparedRun): Promise<string> {
  const { run } = input;
  const id = newId('run');
  const a = run.aggregated;
  await tx.run.create({
    data: {
      id,
      projectId,
      label: input.label,
      notes: input.notes,
      userCount: run.meta.userCount,
      spawnRate: run.meta.spawnRate,
      startTime: run.meta.startTime,
      endTime: run.meta.endTime,
      durationS: run.meta.durationS,
      host: run.meta.host,
      locustfile: run.meta.locustfile,
      locustVersion: run.meta.locustVersion,
      build: run.meta.build ?? null,
      ...provenanceColumns(run.meta),
      requests: a.requests,
      failures: a.failures,
      failureRate: a.requests > 0 ? a.failures / a.requests : null,
      rps: a.rps,
      medianMs: a.medianMs,
      p95Ms: a.percentiles['95'] ?? null,
      p99Ms: a.percentiles['99'] ?? null,
      maxMs: a.maxMs,
      endpointCount: run.endpoints.length,
      aggregated: jsonForColumn('run.aggregated', a),
      warnings: run.warnings,
      history: historySummary(run),
      tags: { create: [...new Set(input.tags)].map((tag) => ({ tag })) },
    },
  });
  await tx.endpointStat.createMany({
    data: run.endpoints.map((e, position) => ({
      id: newId('ep'),
      runId: id,
      position,
      ...e,
      percentiles: jsonForColumn('endpoint_stat.percentiles', e.percentiles),
    })),
  });
  await tx.failureRow.createMany({
    data: run.failures.map((f, position) => ({ id: newId('fl'), runId: id, position, ...f })),
  });
  await tx.exceptionRow.createMany({
    data: run.exceptions.map((x, position) => ({ id: newId('ex'), runId: id, position, ...x })),
  });
  await tx.transactionStat.createMany({
    data: run.transactions.map((t, position) => ({
      id: newId('tx'),
      runId: id,
      position,
      stats: jsonForColumn('transaction_stat.stats', t),
    })),
  });
  // Batched: one statement per 200 rows instead of one per endpoint keeps the write transaction (and SQLite's
  // write lock) short for runs with thousands of endpoints.
  await insertRunSeries(tx, provider, id, input.series);
  await insertRunFiles(tx, provider, id, input.files, run.files, new Date());
  await insertRunFigures(tx, projectId, id, input.figures);
  await requestHistory(tx, projectId, historyPart(run.meta.userCount), id, new Date());
  return id;
}

function historySummary(run: ParsedRun) {
  const h = run.history;
  if (!h) return undefined;
  return {
    points: h.points,
    source: h.source,
    percentileWindow: h.percentileWindow,
    semantics: h.semanticsNote,
    fullHistory: h.fullHistory,
    resetsAtS: h.resetsAtS,
  };
}
