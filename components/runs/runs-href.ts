// Links within /runs: the query in the URL, defaults left out so links stay short.
import type { ListRunsQueryInput } from '@/lib/view/run/list-query';

export type RunsQuery = ListRunsQueryInput;
export type RunSort = RunsQuery['sort'];

const DEFAULTS = { page: 1, pageSize: 50, sort: 'createdAt', order: 'desc' } as const;

/** A patch clearing every filter. */
export const NO_FILTERS = { project: undefined, tag: undefined, branch: undefined, environment: undefined };

/** The /runs URL for the query with `patch` applied; a new filter, sort or page size starts at page 1. */
export function runsHref(
  query: RunsQuery,
  patch: Partial<Record<keyof RunsQuery, string | number | undefined>>,
): string {
  const next: Record<string, string | number | undefined> = { ...query, ...patch };
  if (!('page' in patch)) next.page = 1;
  const params = new URLSearchParams();
  for (const key of ['project', 'tag', 'branch', 'environment', 'sort', 'order', 'page', 'pageSize'] as const) {
    const value = next[key];
    if (value === undefined || value === '' || DEFAULTS[key as keyof typeof DEFAULTS] === value) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/runs?${qs}` : '/runs';
}

/** Clicking a header: the sorted column flips its order; another column starts with its natural order. */
export function sortHref(query: RunsQuery, column: RunSort): string {
  if (query.sort === column) return runsHref(query, { order: query.order === 'asc' ? 'desc' : 'asc' });
  return runsHref(query, { sort: column, order: column === 'label' ? 'asc' : 'desc' });
}

export function compareHref(ids: string[]): string {
  return `/compare?runs=${ids.map(encodeURIComponent).join(',')}`;
}
