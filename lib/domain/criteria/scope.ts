// What a criterion's scope selects in a run: the Aggregated row, one endpoint (or every method of a
// name), or a group of endpoints by name prefix (ids folded, as in the comparison's groups).
import { foldPath } from '../analysis/endpoint-groups';
import type { EndpointStats, ParsedRun } from '../locust/types';

export interface Subject {
  label: string;
  stats: EndpointStats;
  /** Group latencies are the worst endpoint's: an upper bound, not the group's own percentile. */
  upperBound: boolean;
}

/** Subjects by run and scope: a run is evaluated against many sets; runs are never mutated. */
const memo = new WeakMap<ParsedRun, Map<string, Subject[]>>();
/** Each run's endpoint names with ids folded, computed once per run. */
const folded = new WeakMap<ParsedRun, string[]>();

/** The figures a scope selects; [] when nothing in the run matches. */
export function subjectsOf(run: ParsedRun, scope: string): Subject[] {
  let byScope = memo.get(run);
  if (!byScope) memo.set(run, (byScope = new Map()));
  let subjects = byScope.get(scope);
  if (!subjects) byScope.set(scope, (subjects = select(run, scope)));
  return subjects;
}

function select(run: ParsedRun, scope: string): Subject[] {
  if (scope === 'aggregate') return [{ label: 'Aggregated', stats: run.aggregated, upperBound: false }];
  if (scope.startsWith('endpoint:')) {
    const { method, name } = endpointOf(scope.slice('endpoint:'.length));
    return run.endpoints
      .filter((e) => e.name === name && (method === null || e.method === method))
      .map((e) => ({ label: `${e.method ?? ''} ${e.name}`.trim(), stats: e, upperBound: false }));
  }
  const prefix = scope.slice('group:'.length);
  const foldedPrefix = foldPath(prefix);
  let names = folded.get(run);
  if (!names) folded.set(run, (names = run.endpoints.map((e) => foldPath(e.name))));
  const members = run.endpoints.filter((e, i) => e.name.startsWith(prefix) || names![i]!.startsWith(foldedPrefix));
  return members.length === 0 ? [] : [{ label: `group ${prefix}`, stats: combine(members), upperBound: true }];
}

/** "POST /accounts/login/" -> method POST; "/accounts/login/" -> every method. */
function endpointOf(text: string): { method: string | null; name: string } {
  const space = text.indexOf(' ');
  const head = space > 0 ? text.slice(0, space) : '';
  return head !== '' && !head.includes('/')
    ? { method: head, name: text.slice(space + 1) }
    : { method: null, name: text };
}

/** Counts summed, average request-weighted (exact), max and percentiles the worst endpoint's. */
function combine(members: EndpointStats[]): EndpointStats {
  const requests = members.reduce((a, e) => a + e.requests, 0);
  const failures = members.reduce((a, e) => a + e.failures, 0);
  const worst = (pick: (e: EndpointStats) => number | null) => {
    const values = members.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : Math.max(...values);
  };
  const timed = members.filter((e) => e.avgMs !== null && e.requests > 0);
  const timedRequests = timed.reduce((a, e) => a + e.requests, 0);
  const keys = [...new Set(members.flatMap((e) => Object.keys(e.percentiles)))];
  const sum = (pick: (e: EndpointStats) => number | null) =>
    members.reduce<number | null>((a, e) => (a === null || pick(e) === null ? null : a + (pick(e) as number)), 0);
  return {
    method: null,
    name: 'group',
    requests,
    failures,
    medianMs: worst((e) => e.medianMs),
    avgMs:
      timedRequests > 0 && timed.length === members.filter((e) => e.requests > 0).length
        ? timed.reduce((a, e) => a + (e.avgMs as number) * e.requests, 0) / timedRequests
        : null,
    minMs: null,
    maxMs: worst((e) => e.maxMs),
    avgSizeBytes: null,
    rps: sum((e) => e.rps),
    failuresPerS: sum((e) => e.failuresPerS),
    percentiles: Object.fromEntries(keys.map((k) => [k, worst((e) => e.percentiles[k] ?? null)])),
  };
}
