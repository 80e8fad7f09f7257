// One endpoint_stat row as the domain's EndpointStats (times in ms, rates per second, null = unknown).
import type { EndpointStats } from '../../domain/locust/types';
import { readJson } from './json-columns';
import type { Db } from './client';

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
