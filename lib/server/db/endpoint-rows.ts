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

/** A run's endpoints in upload order. Raw SQL: a 5,000-endpoint run's rows cost Prisma's query compiler ~40 ms to
 *  map (half its read); the columns are named as Prisma names them, so endpointStatsOf reads them alike (percentiles:
 *  JSON text in SQLite, jsonb parsed by the driver in PostgreSQL). */
export async function readRunEndpoints(db: Db | Tx, runId: string): Promise<EndpointStats[]> {
  const rows = await db.$queryRaw<EndpointRow[]>`
    SELECT "id", "method", "name", "requests", "failures", "median_ms" AS "medianMs", "avg_ms" AS "avgMs",
      "min_ms" AS "minMs", "max_ms" AS "maxMs", "avg_size_bytes" AS "avgSizeBytes", "rps",
      "failures_per_s" AS "failuresPerS", "percentiles"
    FROM "endpoint_stat" WHERE "run_id" = ${runId} ORDER BY "position"`;
  return rows.map(endpointStatsOf);
}
