// Table rows of the endpoint table: the run's EndpointStats plus a stable id, the failure
// ratio and a lowercase search text.
import type { EndpointStats } from '@/lib/locust/types';
import { endpointLabel, failureRate } from './run-format';

export interface EndpointRow extends EndpointStats {
  /** Index in the run's endpoint list ("aggregated" for the Aggregated row). */
  id: string;
  /** failures / requests, null without requests. */
  failureRate: number | null;
  search: string;
}

export const AGGREGATED_ID = 'aggregated';

export function toEndpointRow(stats: EndpointStats, id: string): EndpointRow {
  return { ...stats, id, failureRate: failureRate(stats.failures, stats.requests), search: endpointLabel(stats.method, stats.name).toLowerCase() };
}

/** Every whitespace-separated term of the query must appear in "method name". */
export function matchesQuery(row: EndpointRow, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => row.search.includes(t));
}
