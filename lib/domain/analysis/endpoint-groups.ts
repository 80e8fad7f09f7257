// Endpoint groups: ids in names folded into `[id]` (fold-path.ts), automatic groups (API prefixes,
// pages, exports, auth) and user-defined prefix groups, with group-level figures per run. Pure.
//
// Group latency: the average is exact (an endpoint's average is its time sum over its timed
// requests, so the request-weighted mean of averages is the group's average when every request was
// timed). Percentiles cannot be merged from per-endpoint values, so the group carries the largest
// endpoint p95 instead: at most 5% of each endpoint's requests are above it, hence at most 5% of the
// group's, which makes it an upper bound of the group p95 (up to Locust's bucketing).
import type { EndpointStats, ParsedRun } from '../locust/types';
import { autoGroupOfFolded, foldPath } from './fold-path';
import { failureRatePValue } from './significance';

export { autoGroupOf, foldPath, ID, isIdSegment, QUERY_VALUE } from './fold-path';

export interface UserGroup {
  name: string;
  /** Compared with the folded request name (the prefix is folded too, so a pasted URL works). */
  prefix: string;
}

export interface GroupRunFigures {
  endpoints: number;
  requests: number;
  failures: number;
  /** failures / requests, exact from the sums; null with no requests. */
  failureRate: number | null;
  /** Request-weighted mean of the endpoint averages (ms): the group's exact average when every
   *  request had a response time; null when an endpoint with requests has no average. */
  avgMs: number | null;
  /** Largest endpoint maximum (ms), exact. */
  maxMs: number | null;
  /** Largest endpoint p95 (ms). NOT the group's p95 (percentiles cannot be merged): an upper bound of it. */
  maxEndpointP95Ms: number | null;
}

export interface GroupComparison {
  name: string;
  source: 'user' | 'auto';
  /** Per run, in the given order; null when no endpoint of the group is in that run. */
  runs: (GroupRunFigures | null)[];
  /** Target vs baseline, relative (0.25 = +25%). */
  requestsChange: number | null;
  /** Target minus baseline failure rate, in points (fractions). */
  failureRateChange: number | null;
  /** Two-sided p-value of the failure-rate change (significance.ts); null when not testable. */
  failurePValue: number | null;
  avgChange: number | null;
  maxChange: number | null;
  /** Relative change of the upper-bound p95 summary (maxEndpointP95Ms), not of a true group p95. */
  maxEndpointP95Change: number | null;
}

const relative = (b: number | null | undefined, t: number | null | undefined) =>
  b === null || b === undefined || t === null || t === undefined || b === 0 ? null : t / b - 1;

const maxOf = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) || values.length === 0 ? null : Math.max(...(values as number[]));

function figures(endpoints: EndpointStats[]): GroupRunFigures {
  const requests = endpoints.reduce((s, e) => s + e.requests, 0);
  const failures = endpoints.reduce((s, e) => s + e.failures, 0);
  const timed = endpoints.filter((e) => e.requests > 0);
  const avgKnown = timed.every((e) => e.avgMs !== null);
  return {
    endpoints: endpoints.length,
    requests,
    failures,
    failureRate: requests > 0 ? failures / requests : null,
    avgMs: requests > 0 && avgKnown ? timed.reduce((s, e) => s + e.requests * (e.avgMs as number), 0) / requests : null,
    maxMs: maxOf(timed.map((e) => e.maxMs)),
    maxEndpointP95Ms: maxOf(timed.map((e) => e.percentiles['95'] ?? null)),
  };
}

/** Group rows per run (counts, failure rate, ms latencies) with target-vs-baseline changes; user groups first. */
export function compareGroups(
  runs: ParsedRun[],
  baseline: number,
  target: number,
  userGroups: UserGroup[] = [],
): GroupComparison[] {
  const prefixes = userGroups.map((g) => ({ ...g, folded: foldPath(g.prefix) }));
  // Per distinct name (folding is regex work, and every run repeats most names): name -> group.
  const known = new Map<string, { name: string; source: 'user' | 'auto' }>();
  const groupOf = (name: string): { name: string; source: 'user' | 'auto' } => {
    const cached = known.get(name);
    if (cached) return cached;
    const folded = foldPath(name);
    const user = prefixes.find((g) => folded.startsWith(g.folded));
    const group = user
      ? { name: user.name, source: 'user' as const }
      : { name: autoGroupOfFolded(folded), source: 'auto' as const };
    known.set(name, group);
    return group;
  };
  const groups = new Map<string, { name: string; source: 'user' | 'auto'; members: EndpointStats[][] }>();
  const keyOf = (g: { name: string; source: string }) => `${g.source}\u0001${g.name}`;
  for (const g of userGroups)
    groups.set(keyOf({ ...g, source: 'user' }), { name: g.name, source: 'user', members: runs.map(() => []) });
  const order = [baseline, ...runs.keys()].filter((i, pos, all) => all.indexOf(i) === pos);
  for (const i of order) {
    for (const e of (runs[i] as ParsedRun).endpoints) {
      const g = groupOf(e.name);
      const entry = groups.get(keyOf(g)) ?? { ...g, members: runs.map(() => []) };
      groups.set(keyOf(g), entry);
      (entry.members[i] as EndpointStats[]).push(e);
    }
  }
  return [...groups.values()].map(({ name, source, members }) => {
    const row = members.map((m) => (m.length > 0 ? figures(m) : null));
    const b = row[baseline] ?? null;
    const t = row[target] ?? null;
    return {
      name,
      source,
      runs: row,
      requestsChange: relative(b?.requests, t?.requests),
      failureRateChange: b?.failureRate != null && t?.failureRate != null ? t.failureRate - b.failureRate : null,
      failurePValue: b && t ? failureRatePValue(b.failures, b.requests, t.failures, t.requests) : null,
      avgChange: relative(b?.avgMs, t?.avgMs),
      maxChange: relative(b?.maxMs, t?.maxMs),
      maxEndpointP95Change: relative(b?.maxEndpointP95Ms, t?.maxEndpointP95Ms),
    };
  });
}
