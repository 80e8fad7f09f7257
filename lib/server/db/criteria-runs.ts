// Runs in the light shape criteria need, read in ONE query however many runs: each run's endpoint
// rows come back as one JSON array built by the database (json_group_array / json_agg), and only
// the rows whose names the criteria can select (lib/domain/criteria/endpoint-needs.ts). Reading 20,000
// endpoint rows one by one through Prisma costs far more than the evaluation itself.
// Invariant: every number reads back as the same double as through Prisma (SQLite prints REALs with
// 17 significant digits; PostgreSQL's float8 output is exact), so verdicts do not change.
import type { ScopeSubject } from '../../domain/criteria/applies-to';
import type { EndpointNeeds } from '../../domain/criteria/endpoint-needs';
import type { RunToEvaluate } from '../../domain/criteria/project-evaluation';
import type { EndpointStats, ParsedRun } from '../../domain/locust/types';
import { readJson } from './json-columns';
import type { Db } from './client';
import type { DbProvider } from './config';

/** Which runs of the project: these ids, or all of them. */
export type RunSelection = { ids: readonly string[] } | 'all';

type Provider = DbProvider;

const COLUMNS = [
  'requests',
  'failures',
  'median_ms',
  'avg_ms',
  'min_ms',
  'max_ms',
  'avg_size_bytes',
  'rps',
  'failures_per_s',
];

function endpointsJson(provider: Provider, filter: string): string {
  if (provider === 'postgresql') {
    const values = COLUMNS.map((c) => `e.${c}`).join(', ');
    return (
      `(SELECT json_agg(json_build_array(e.position, e.method, e.name, ${values}, ` +
      `e.percentiles))::text FROM endpoint_stat e WHERE e.run_id = r.id${filter})`
    );
  }
  // json_array() would print REALs with 15 digits only: print 17 and embed them as JSON numbers.
  const values = COLUMNS.map((c) => `CASE WHEN e.${c} IS NULL THEN NULL ELSE json(printf('%!.17g', e.${c})) END`).join(
    ', ',
  );
  return (
    `(SELECT json_group_array(json_array(e.position, e.method, e.name, ${values}, json(e.percentiles))) ` +
    `FROM endpoint_stat e WHERE e.run_id = r.id${filter})`
  );
}

/** Bound parameters stay far below SQLite's 32,766 and PostgreSQL's 65,535. */
const IDS_PER_QUERY = 5000;

const likePattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** SQL text and parameters (`?` for SQLite, `$n` for PostgreSQL). */
export function criteriaRunsSql(
  provider: Provider,
  projectId: string,
  which: RunSelection,
  needs: EndpointNeeds,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return provider === 'sqlite' ? '?' : `$${params.length}`;
  };
  let endpoints = `'[]'`;
  if (needs.all) endpoints = endpointsJson(provider, '');
  else if (needs.names.length + needs.prefixes.length > 0) {
    const terms = [
      ...(needs.names.length > 0 ? [`e.name IN (${needs.names.map(p).join(', ')})`] : []),
      ...needs.prefixes.map((prefix) => `e.name LIKE ${p(likePattern(prefix))} ESCAPE '\\'`),
    ];
    endpoints = endpointsJson(provider, ` AND (${terms.join(' OR ')})`);
  }
  const where = [`r.project_id = ${p(projectId)}`];
  if (which !== 'all') where.push(which.ids.length > 0 ? `r.id IN (${which.ids.map(p).join(', ')})` : '1 = 0');
  const tags =
    provider === 'postgresql'
      ? '(SELECT json_agg(t.tag)::text FROM run_tag t WHERE t.run_id = r.id)'
      : '(SELECT json_group_array(t.tag) FROM run_tag t WHERE t.run_id = r.id)';
  const sql = `SELECT r.id, r.label, r.created_at AS "createdAt", r.user_count AS "userCount",
    r.spawn_rate AS "spawnRate", r.start_time AS "startTime", r.end_time AS "endTime", r.duration_s AS "durationS",
    r.host, r.locustfile, r.locust_version AS "locustVersion", r.profile, r.aggregated, r.warnings, ${tags} AS tags,
    ${endpoints} AS endpoints
    FROM run r WHERE ${where.join(' AND ')} ORDER BY r.created_at ASC, r.id ASC`;
  return { sql, params };
}

interface Row {
  id: string;
  label: string;
  createdAt: Date;
  userCount: number | null;
  spawnRate: number | null;
  startTime: string | null;
  endTime: string | null;
  durationS: number | null;
  host: string | null;
  locustfile: string | null;
  locustVersion: string | null;
  profile: string | null;
  aggregated: unknown;
  warnings: unknown;
  tags: string | string[] | null;
  endpoints: string | unknown[] | null;
}

type EndpointTuple = NonNullable<ReturnType<typeof readJson<'run.endpoint_rows'>>>[number];

function toEndpoint(t: EndpointTuple): EndpointStats {
  const [
    ,
    method,
    name,
    requests,
    failures,
    medianMs,
    avgMs,
    minMs,
    maxMs,
    avgSizeBytes,
    rps,
    failuresPerS,
    percentiles,
  ] = t;
  return {
    method,
    name,
    requests: requests ?? 0,
    failures: failures ?? 0,
    medianMs: medianMs ?? null,
    avgMs: avgMs ?? null,
    minMs: minMs ?? null,
    maxMs: maxMs ?? null,
    avgSizeBytes: avgSizeBytes ?? null,
    rps: rps ?? null,
    failuresPerS: failuresPerS ?? null,
    percentiles,
  };
}

function toEvaluated(r: Row): RunToEvaluate {
  const tuples = (readJson('run.endpoint_rows', r.id, r.endpoints) ?? []).sort((a, b) => a[0] - b[0]);
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
    endpoints: tuples.map(toEndpoint),
    failures: [],
    exceptions: [],
    transactions: [],
    history: null,
    warnings: readJson('run.warnings', r.id, r.warnings),
  };
  const tags = (readJson('run.tag_list', r.id, r.tags) ?? []).sort();
  const createdAt = new Date(r.createdAt).toISOString();
  return { id: r.id, label: r.label, createdAt, userCount: r.userCount, tags, profile: r.profile, run };
}

/** The selected runs of a project, oldest upload first, with the endpoint rows `needs` names. */
export async function loadCriteriaRuns(
  db: Db,
  provider: DbProvider,
  projectId: string,
  which: RunSelection,
  needs: EndpointNeeds,
): Promise<RunToEvaluate[]> {
  if (which !== 'all' && which.ids.length > IDS_PER_QUERY) {
    const parts = [];
    for (let i = 0; i < which.ids.length; i += IDS_PER_QUERY) {
      parts.push(
        await loadCriteriaRuns(db, provider, projectId, { ids: which.ids.slice(i, i + IDS_PER_QUERY) }, needs),
      );
    }
    return parts
      .flat()
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  if (which !== 'all' && which.ids.length === 0) return [];
  const { sql, params } = criteriaRunsSql(provider, projectId, which, needs);
  return (await db.$queryRawUnsafe<Row[]>(sql, ...params)).map(toEvaluated);
}

/** What a criteria set's scope looks at in a run (label, user count, tags); null for an unknown run. */
export async function loadRunSubject(db: Db, runId: string): Promise<(ScopeSubject & { projectId: string }) | null> {
  const row = await db.run.findUnique({
    where: { id: runId },
    select: { label: true, userCount: true, projectId: true, profile: true, tags: { select: { tag: true } } },
  });
  if (!row) return null;
  const tags = row.tags.map((t) => t.tag).sort();
  return { label: row.label, userCount: row.userCount, projectId: row.projectId, tags, profile: row.profile };
}
