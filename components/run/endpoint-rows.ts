// Table rows of the endpoint table: the run's EndpointStats plus a stable id, the failure
// ratio and a lowercase search text.
import type { PackedEndpoints } from '@/lib/domain/charts/pack-endpoints';
import type { EndpointStats } from '@/lib/domain/locust/types';
import { endpointLabel, failureRate } from '@/lib/domain/format/cells';

export interface EndpointRow extends EndpointStats {
  /** Index in the run's endpoint list ("aggregated" for the Aggregated row). */
  id: string;
  /** failures / requests, null without requests. */
  failureRate: number | null;
  search: string;
}

export const AGGREGATED_ID = 'aggregated';

export function toEndpointRow(stats: EndpointStats, id: string): EndpointRow {
  return {
    ...stats,
    id,
    failureRate: failureRate(stats.failures, stats.requests),
    search: endpointLabel(stats.method, stats.name).toLowerCase(),
  };
}

/** The rows of packed endpoints in one pass (as `unpackEndpoints` then `toEndpointRow`, without the
 *  intermediate objects: a big run has thousands, built on the server render and again in the browser). */
export function unpackRows({ percentileKeys, rows }: PackedEndpoints): EndpointRow[] {
  const FIXED = 11;
  return rows.map((r, i): EndpointRow => {
    const percentiles: Record<string, number | null> = {};
    for (let k = 0; k < percentileKeys.length; k++)
      percentiles[percentileKeys[k] as string] = (r[FIXED + k] as number | null | undefined) ?? null;
    const [method, name, requests, failures] = r;
    return {
      method,
      name,
      requests,
      failures,
      medianMs: r[4],
      avgMs: r[5],
      minMs: r[6],
      maxMs: r[7],
      avgSizeBytes: r[8],
      rps: r[9],
      failuresPerS: r[10],
      percentiles,
      id: String(i),
      failureRate: failureRate(failures, requests),
      search: endpointLabel(method, name).toLowerCase(),
    };
  });
}

/** Every whitespace-separated term of the query must appear in "method name". */
export function matchesQuery(row: EndpointRow, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => row.search.includes(t));
}
