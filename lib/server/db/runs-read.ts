// Reading, listing, editing and deleting stored runs.
import { gunzipSync } from 'node:zlib';
import type { HistorySeries, ParsedRun, ParsedFileInfo } from '../../domain/locust/types';
import { readJson } from './json-columns';
import { readRunEndpoints } from './endpoint-rows';
import type { Db, Tx } from './client';
import type { DbProvider } from './config';
import { decodeSeries, type EncodedSeries } from './series-codec';
import type { RunPage, RunSummary, StoredFileInfo, StoredRun } from '../../domain/shapes/stored-run';
import { readChoice } from './text-columns';
import { provenanceOfRow } from './run-provenance';

const SUMMARY_INCLUDE = { project: { select: { name: true } }, tags: { select: { tag: true } } } as const;

export type RunSort =
  'createdAt' | 'label' | 'userCount' | 'durationS' | 'requests' | 'failureRate' | 'medianMs' | 'p95Ms' | 'rps';

/** Sort keys whose column can be null: those sort with nulls last whatever the direction. */
const NULLABLE_SORTS = new Set<RunSort>(['userCount', 'durationS', 'failureRate', 'medianMs', 'p95Ms', 'rps']);

export interface ListRunsQuery {
  page: number;
  pageSize: number;
  projectId?: string;
  tag?: string;
  /** Exact matches of the run's provenance (run-provenance.ts). */
  branch?: string;
  environment?: string;
  sort?: RunSort;
  order?: 'asc' | 'desc';
}

type RunRow = Awaited<ReturnType<Db['run']['findFirstOrThrow']>> & {
  project: { name: string };
  tags: { tag: string }[];
};

function toSummary(r: RunRow): RunSummary {
  return {
    id: r.id,
    projectId: r.projectId,
    projectName: r.project.name,
    label: r.label,
    tags: r.tags.map((t) => t.tag).sort(),
    userCount: r.userCount,
    spawnRate: r.spawnRate,
    build: r.build,
    durationS: r.durationS,
    startTime: r.startTime,
    requests: r.requests,
    failures: r.failures,
    failureRate: r.failureRate,
    rps: r.rps,
    medianMs: r.medianMs,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    maxMs: r.maxMs,
    endpointCount: r.endpointCount,
    locustVersion: r.locustVersion,
    commit: r.commit,
    branch: r.branch,
    environment: r.environment,
    source: r.source === null ? null : readChoice('run.source', r.id, r.source),
    createdAt: r.createdAt.toISOString(),
  };
}

/** `sqlite`: see inSnapshot. */
export async function listRuns(db: Db, q: ListRunsQuery, provider: DbProvider): Promise<RunPage> {
  const where = {
    ...(q.projectId ? { projectId: q.projectId } : {}),
    ...(q.tag ? { tags: { some: { tag: q.tag } } } : {}),
    ...(q.branch ? { branch: q.branch } : {}),
    ...(q.environment ? { environment: q.environment } : {}),
  };
  const [total, rows] = await inSnapshot(db, provider, (tx) =>
    Promise.all([
      tx.run.count({ where }),
      tx.run.findMany({
        where,
        include: SUMMARY_INCLUDE,
        orderBy: [orderOf(q.sort ?? 'createdAt', q.order ?? 'desc'), { id: 'desc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
    ]),
  );
  return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Waiting for the write transactions queued before it (SQLite: one at a time per process). */
const SNAPSHOT_TX = { maxWait: 30_000, timeout: 30_000 };

/** Runs `read`'s queries on one snapshot: else a delete committed between two of them shows a run
 *  without its tags, or a total that is not the items' count. PostgreSQL's default (read committed)
 *  takes a snapshot per statement, hence repeatable read; SQLite's transactions are snapshots. */
function inSnapshot<T>(db: Db, provider: DbProvider, read: (tx: Tx) => Promise<T>): Promise<T> {
  const isolation = provider === 'postgresql' ? { isolationLevel: 'RepeatableRead' as const } : {};
  return db.$transaction(read, { ...SNAPSHOT_TX, ...isolation });
}

function orderOf(sort: RunSort, order: 'asc' | 'desc') {
  return { [sort]: NULLABLE_SORTS.has(sort) ? { sort: order, nulls: 'last' } : order };
}

export async function getRun(db: Db, id: string): Promise<StoredRun | null> {
  const r = await db.run.findUnique({
    where: { id },
    include: {
      ...SUMMARY_INCLUDE,
      failureRows: { orderBy: { position: 'asc' } },
      exceptionRows: { orderBy: { position: 'asc' } },
      transactions: { orderBy: { position: 'asc' } },
      files: {
        select: {
          id: true,
          name: true,
          kind: true,
          format: true,
          versions: true,
          encoding: true,
          encodingConfidence: true,
          rows: true,
          sizeBytes: true,
          sha256: true,
        },
      },
      series: { where: { isAggregate: true } },
    },
  });
  if (r === null) return null;
  const endpoints = await readRunEndpoints(db, id);
  // The run's row and each child table are read by separate queries: a delete that committed in
  // between leaves the row without its children. Still there after the last query: all were read whole.
  if ((await db.run.count({ where: { id } })) === 0) return null;
  const files: StoredFileInfo[] = r.files.map(({ id, name, kind, format, versions, encoding, sizeBytes, sha256 }) => ({
    id,
    name,
    kind,
    format,
    versions,
    encoding,
    sizeBytes,
    sha256,
  }));
  const history = readJson('run.history', r.id, r.history ?? null);
  const aggregatedSeries = r.series[0];
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
      build: r.build,
      ...provenanceOfRow(r),
    },
    files: r.files.map((f): ParsedFileInfo => ({
      name: f.name,
      kind: readChoice('run_file.kind', f.id, f.kind),
      format: f.format,
      versions: parseRange(f.versions),
      encoding: f.encoding,
      encodingConfidence: f.encodingConfidence,
      rows: f.rows,
    })),
    aggregated: readJson('run.aggregated', r.id, r.aggregated),
    endpoints,
    failures: r.failureRows.map(({ method, name, error, occurrences, firstSeen, lastSeen }) => ({
      method,
      name,
      error,
      occurrences,
      firstSeen,
      lastSeen,
    })),
    exceptions: r.exceptionRows.map(({ count, message, traceback, nodes }) => ({ count, message, traceback, nodes })),
    transactions: r.transactions.map((t) => readJson('transaction_stat.stats', t.id, t.stats)),
    history:
      history && aggregatedSeries
        ? {
            source: history.source,
            points: history.points,
            percentileWindow: history.percentileWindow,
            semanticsNote: history.semantics,
            fullHistory: history.fullHistory,
            resetsAtS: history.resetsAtS,
            aggregated: decodeSeries(seriesOf(aggregatedSeries)),
            endpoints: [],
          }
        : null,
    warnings: readJson('run.warnings', r.id, r.warnings),
  };
  return { summary: toSummary(r), notes: r.notes, files, run };
}

type SeriesRow = {
  id: string;
  method: string | null;
  name: string;
  length: number;
  columns: unknown;
  data: Uint8Array;
};
const seriesOf = ({ id, method, name, length, columns, data }: SeriesRow): EncodedSeries => ({
  method,
  name,
  length,
  columns: readJson('run_series.columns', id, columns),
  data,
});

/** Names of a run's endpoint series, and one decoded series (null when absent). */
export async function getRunSeries(
  db: Db,
  runId: string,
  method: string | null,
  name: string,
): Promise<HistorySeries | null> {
  const row = await db.runSeries.findFirst({ where: { runId, method, name, isAggregate: false } });
  return row ? decodeSeries(seriesOf(row)) : null;
}

/** Every endpoint series of a run, decoded, in file order (the Aggregated one excluded). */
export async function getAllEndpointSeries(db: Db, runId: string): Promise<HistorySeries[]> {
  const rows = await db.runSeries.findMany({ where: { runId, isAggregate: false }, orderBy: { position: 'asc' } });
  return rows.map((row) => decodeSeries(seriesOf(row)));
}

/** Names and lengths of a run's endpoint series; null for an unknown run
 *  (one query: never a deleted run's empty list). */
/** The run's endpoint series, or null without the run. The run and its series are two queries, read on one
 *  snapshot: a run deleted in between is never read as a run without series (seen once in 50 concurrent uploads). */
export async function listRunSeries(
  db: Db,
  runId: string,
  provider: DbProvider,
): Promise<{ method: string | null; name: string; length: number }[] | null> {
  return inSnapshot(db, provider, (tx) => readRunSeries(tx, runId));
}

async function readRunSeries(
  db: Tx,
  runId: string,
): Promise<{ method: string | null; name: string; length: number }[] | null> {
  const run = await db.run.findUnique({
    where: { id: runId },
    select: {
      series: {
        where: { isAggregate: false },
        select: { method: true, name: true, length: true },
        orderBy: { position: 'asc' },
      },
    },
  });
  return run?.series ?? null;
}

export async function getRunFile(
  db: Db,
  runId: string,
  fileId: string,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const f = await db.runFile.findFirst({ where: { id: fileId, runId } });
  return f ? { name: f.name, bytes: new Uint8Array(gunzipSync(f.gzipData)) } : null;
}

export async function listProjects(db: Db): Promise<{ id: string; name: string; runCount: number }[]> {
  const rows = await db.project.findMany({ orderBy: { name: 'asc' }, include: { _count: { select: { runs: true } } } });
  return rows.map((p) => ({ id: p.id, name: p.name, runCount: p._count.runs }));
}

/** Every tag once: GROUP BY in the database (the run_tag(tag) index), not a distinct over every row. */
export async function listTags(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`SELECT "tag" FROM "run_tag" GROUP BY "tag" ORDER BY "tag" ASC`;
  return rows.map((r) => r.tag);
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRawUnsafe('SELECT 1');
}

function parseRange(text: string): ParsedFileInfo['versions'] {
  const [min, max] = text.split('–');
  return { min: min ?? text, max: max ?? min ?? text };
}
