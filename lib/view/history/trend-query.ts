// The trend page's URL (issue 19): metric, scope, basis and the run filters in the search params, so a view
// can be shared. Unknown or malformed values fall back to the defaults (a shared link never breaks the page);
// links leave defaults out. Pure.
import { AGGREGATE_SCOPE, TREND_METRICS, type TrendMetric } from '../../domain/history/run-figures';

/** `steady`: the steady state's figure where the run has one, else the whole run's; `whole`: the whole run's. */
export type TrendBasis = 'steady' | 'whole';

export const TREND_FILTERS = ['branch', 'environment', 'profile', 'tag'] as const;
export type TextFilter = (typeof TREND_FILTERS)[number];

export interface TrendPageQuery {
  metric: TrendMetric;
  /** `aggregate` or `endpoint:METHOD NAME`. */
  scope: string;
  basis: TrendBasis;
  branch?: string;
  environment?: string;
  profile?: string;
  tag?: string;
  /** One user count, `all` (every count together), or absent: the newest run's count when runs mix counts. */
  users?: number | 'all';
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_TREND_QUERY: TrendPageQuery = { metric: 'p95Ms', scope: AGGREGATE_SCOPE, basis: 'steady' };

const MAX_TEXT = 2000;
const MAX_SCOPE = 10_000;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function text(v: string | string[] | undefined): string | undefined {
  const s = first(v);
  return s !== undefined && s.length > 0 && s.length <= MAX_TEXT ? s : undefined;
}

function scopeOf(v: string | string[] | undefined): string {
  const s = first(v);
  const ok = s === AGGREGATE_SCOPE || (s !== undefined && s.startsWith('endpoint:') && s.length > 9);
  return ok && s.length <= MAX_SCOPE ? s : AGGREGATE_SCOPE;
}

function usersOf(v: string | string[] | undefined): TrendPageQuery['users'] {
  const s = first(v);
  if (s === 'all') return 'all';
  if (s === undefined || !/^\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

export function parseTrendQuery(sp: SearchParams): TrendPageQuery {
  const metric = TREND_METRICS.find((m) => m === first(sp.metric)) ?? DEFAULT_TREND_QUERY.metric;
  const q: TrendPageQuery = {
    metric,
    scope: scopeOf(sp.scope),
    basis: first(sp.basis) === 'whole' ? 'whole' : 'steady',
  };
  for (const key of TREND_FILTERS) {
    const value = text(sp[key]);
    if (value !== undefined) q[key] = value;
  }
  const users = usersOf(sp.users);
  if (users !== undefined) q.users = users;
  return q;
}

/** The search string of `q` (no leading `?`), defaults left out, in a fixed order. */
export function trendSearch(q: TrendPageQuery): string {
  const p = new URLSearchParams();
  if (q.metric !== DEFAULT_TREND_QUERY.metric) p.set('metric', q.metric);
  if (q.scope !== DEFAULT_TREND_QUERY.scope) p.set('scope', q.scope);
  if (q.basis !== DEFAULT_TREND_QUERY.basis) p.set('basis', q.basis);
  for (const key of TREND_FILTERS) if (q[key] !== undefined) p.set(key, q[key]);
  if (q.users !== undefined) p.set('users', String(q.users));
  return p.toString();
}

/** `/projects/ID/trends?…` of `q` with `change` applied (an `undefined` in `change` removes that value). */
export function trendHref(projectId: string, q: TrendPageQuery, change: Partial<TrendPageQuery> = {}): string {
  const next = { ...q, ...change };
  for (const key of Object.keys(change) as (keyof TrendPageQuery)[]) {
    if (change[key] === undefined) delete next[key];
  }
  const merged: TrendPageQuery = { ...DEFAULT_TREND_QUERY, ...next };
  const search = trendSearch(merged);
  return `/projects/${encodeURIComponent(projectId)}/trends${search ? `?${search}` : ''}`;
}

/** Which runs' user count the page shows, and what it tells the reader about that. */
export interface UsersChoice {
  /** The filter applied; undefined: every count. */
  users: number | undefined;
  /** Every user count some run has, ascending. */
  counts: number[];
  /** Said under the filters when counts are mixed or chosen for the reader; null when there is nothing to say. */
  note: string | null;
}

const usersText = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'user' : 'users'}`;

/** `asked` from the URL; `runUsers` the user count of each run (oldest first) that the other filters keep. */
export function chooseUsers(asked: TrendPageQuery['users'], runUsers: readonly (number | null)[]): UsersChoice {
  const counts = [...new Set(runUsers.filter((u): u is number => u !== null))].sort((a, b) => a - b);
  const mixed = counts.length > 1;
  const list = counts.map((n) => n.toLocaleString('en-US')).join(', ');
  if (typeof asked === 'number') return { users: asked, counts, note: null };
  if (asked === 'all') {
    const note = mixed ? `Runs at ${list} users are shown together: their figures measure different loads.` : null;
    return { users: undefined, counts, note };
  }
  if (!mixed) return { users: undefined, counts, note: null };
  const newest = [...runUsers].reverse().find((u): u is number => u !== null)!;
  return {
    users: newest,
    counts,
    note: `Showing runs at ${usersText(newest)}, the newest run's count: runs here have ${list} users.`,
  };
}
