// Endpoint groups: ids in names folded into `[id]`, automatic groups (API prefixes, pages, exports,
// auth) and user-defined prefix groups, with group-level figures per run. Pure.
//
// Group latency: the average is exact (an endpoint's average is its time sum over its timed
// requests, so the request-weighted mean of averages is the group's average when every request was
// timed). Percentiles cannot be merged from per-endpoint values, so the group carries the largest
// endpoint p95 instead: at most 5% of each endpoint's requests are above it, hence at most 5% of the
// group's, which makes it an upper bound of the group p95 (up to Locust's bucketing).
import type { EndpointStats, ParsedRun } from '../locust/types';
import { failureRatePValue } from './significance';

/** What an id-like path segment becomes. */
export const ID = '[id]';
/** What a query-string value becomes. */
export const QUERY_VALUE = '[…]';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_RE = /^[0-9a-f]{8,}$/i;
const TEMPLATED_RE = /^(\[[^\]]*\]|\{[^}]*\}|<[^>]*>|:\w+|\*)$/;
const EXT_RE = /^(.+)(\.[A-Za-z][A-Za-z0-9]{0,4})$/;
const SCHEME_HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** True when one path segment is an identifier: digits, a UUID, long hex with a digit, or a random-looking token. */
export function isIdSegment(segment: string): boolean {
  if (/^\d+$/.test(segment) || UUID_RE.test(segment)) return true;
  if (HEX_RE.test(segment) && /\d/.test(segment)) return true;
  // Random-looking tokens (base62 ids, ULIDs, nanoids): at least 8 characters that switch between
  // letters and digits at least twice. Keeps v1, oauth2, block380, x86_64, page-2021.
  if (segment.length < 8 || !/^[A-Za-z0-9_-]+$/.test(segment)) return false;
  return (segment.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length >= 2;
}

function foldSegment(segment: string): string {
  if (segment === '' || TEMPLATED_RE.test(segment)) return segment;
  if (isIdSegment(segment)) return ID;
  const ext = EXT_RE.exec(segment);
  return ext && isIdSegment(ext[1] as string) ? `${ID}${ext[2] as string}` : segment;
}

function foldQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      const value = part.slice(eq + 1);
      return TEMPLATED_RE.test(value) || value === QUERY_VALUE ? part : `${part.slice(0, eq)}=${QUERY_VALUE}`;
    })
    .join('&');
}

/** Splits a name into scheme+host, path and query; null when it is not a path or URL (e.g. `connect`). */
function splitName(name: string): { origin: string; path: string; query: string | null } | null {
  const origin = SCHEME_HOST_RE.exec(name)?.[0] ?? '';
  const rest = name.slice(origin.length);
  if (!rest.startsWith('/') && !(origin !== '' && (rest === '' || rest.startsWith('?')))) return null;
  const q = rest.indexOf('?');
  return q < 0 ? { origin, path: rest, query: null } : { origin, path: rest.slice(0, q), query: rest.slice(q + 1) };
}

/** A request name with id-like path segments replaced by `[id]` and query values by `[…]`; other names unchanged. */
export function foldPath(name: string): string {
  const parts = splitName(name);
  if (parts === null) return name;
  const path = parts.path.split('/').map(foldSegment).join('/');
  return `${parts.origin}${path}${parts.query === null ? '' : `?${foldQuery(parts.query)}`}`;
}

const AUTH_RE = /^(log-?in|log-?out|sign-?in|sign-?out|sign_in|sign_out|auth|oauth2?|authenticate|authorize|sso|saml)$/i;
const EXPORT_SEGMENT_RE = /^(export|exports|download|downloads)$/i;
const EXPORT_FORMAT_RE = /^(pdf|xlsx?|csv|docx?|zip)$/i;

/** Automatic group of a request name: `auth`, `exports`, `/api/<second segment>`, `/<first segment>`, or `other`. */
export function autoGroupOf(name: string): string {
  const parts = splitName(foldPath(name));
  if (parts === null) return 'other';
  const segments = parts.path.split('/').filter((s) => s !== '');
  const stems = segments.map((s) => s.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  if (stems.some((s) => AUTH_RE.test(s))) return 'auth';
  const last = segments[segments.length - 1] ?? '';
  const lastExt = /\.([A-Za-z0-9]{1,5})$/.exec(last)?.[1] ?? '';
  if (segments.some((s) => EXPORT_SEGMENT_RE.test(s)) || EXPORT_FORMAT_RE.test(last) || EXPORT_FORMAT_RE.test(lastExt)) return 'exports';
  const first = segments[0];
  if (first === undefined) return '/';
  if (first.toLowerCase() === 'api' && segments[1] !== undefined) return `/${first}/${segments[1]}`;
  return `/${first}`;
}

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
export function compareGroups(runs: ParsedRun[], baseline: number, target: number, userGroups: UserGroup[] = []): GroupComparison[] {
  const prefixes = userGroups.map((g) => ({ ...g, folded: foldPath(g.prefix) }));
  const groupOf = (name: string): { name: string; source: 'user' | 'auto' } => {
    const folded = foldPath(name);
    const user = prefixes.find((g) => folded.startsWith(g.folded));
    return user ? { name: user.name, source: 'user' } : { name: autoGroupOf(name), source: 'auto' };
  };
  const groups = new Map<string, { name: string; source: 'user' | 'auto'; members: EndpointStats[][] }>();
  const keyOf = (g: { name: string; source: string }) => `${g.source}\u0001${g.name}`;
  for (const g of userGroups) groups.set(keyOf({ ...g, source: 'user' }), { name: g.name, source: 'user', members: runs.map(() => []) });
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
