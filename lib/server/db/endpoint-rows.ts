// One endpoint_stat row as the domain's EndpointStats (times in ms, rates per second, null = unknown).
import type { EndpointStats } from '../../domain/locust/types';
import { readJson } from './json-columns';
import type { Db, Tx } from './client';

type EndpointRow = Omit<Awaited<ReturnType<Db['endpointStat']['findFirstOrThrow']>>, 'runId' | 'position'>;

export function endpointStatsOf(e: EndpointRow): EndpointStats {
  return {
    method: e.method,
    name: e.name,
    requests: e.requests,
    failures: e.failures,
    medianMs: e.medianMs,
    avgMs: e.avgMs,
    minMs: e.minMs,
    maxMs: e.maxMs,
    avgSizeBytes: e.avgSizeBytes,
    rps: e.rps,
    failuresPerS: e.failuresPerS,
    percentiles: readJson('endpoint_stat.percentiles', e.id, e.percentiles),
  };
}

interface EndpointSqlRow {
  id: string;
  method: string | null;
  name: string;
  requests: number;
  failures: number;
  median_ms: number | null;
  avg_ms: number | null;
  min_ms: number | null;
  max_ms: number | null;
  avg_size_bytes: number | null;
  rps: number | null;
  failures_per_s: number | null;
  /** JSON text in SQLite, jsonb (parsed by the driver) in PostgreSQL. */
  percentiles: unknown;
}

/** A run's endpoints in upload order. Raw SQL: a 5,000-endpoint run's rows cost Prisma's query compiler ~40 ms to
 *  map (half its read), the same rows mapped here cost a few. */
export async function readRunEndpoints(db: Db | Tx, runId: string): Promise<EndpointStats[]> {
  const rows = await db.$queryRaw<EndpointSqlRow[]>`
    SELECT "id", "method", "name", "requests", "failures", "median_ms", "avg_ms", "min_ms", "max_ms",
      "avg_size_bytes", "rps", "failures_per_s", "percentiles"
    FROM "endpoint_stat" WHERE "run_id" = ${runId} ORDER BY "position"`;
  return rows.map((e) => ({
    method: e.method,
    name: e.name,
    requests: e.requests,
    failures: e.failures,
    medianMs: e.median_ms,
    avgMs: e.avg_ms,
    minMs: e.min_ms,
    maxMs: e.max_ms,
    avgSizeBytes: e.avg_size_bytes,
    rps: e.rps,
    failuresPerS: e.failures_per_s,
    percentiles: readJson('endpoint_stat.percentiles', e.id, e.percentiles),
  }));
}
