// A `latest:` spec's filters made concrete for one target run (`same` replaced by the target's own values), and
// in words for answers and refusals ("on branch main with 100 users judged GO by criteria set Release"). Pure.
import type { LatestFilters } from './baseline-spec';

/** What `same` reads of the target run; null: the run does not say it. */
export interface TargetValues {
  branch: string | null;
  environment: string | null;
  profile: string | null;
  userCount: number | null;
}

/** Filters with every value known; null: "a run that does not say it" (a `same` of a target that does not). */
export interface ConcreteFilters {
  branch?: string | null;
  environment?: string | null;
  profile?: string | null;
  tags?: string[];
  users?: number | null;
  go?: string;
}

export function withTargetValues(filters: LatestFilters, target: TargetValues): ConcreteFilters {
  const { same = [], ...given } = filters;
  const concrete: ConcreteFilters = { ...given };
  for (const key of same) {
    if (key === 'users') concrete.users = target.userCount;
    else concrete[key] = target[key];
  }
  return concrete;
}

/** "on branch main in staging with 100 users tagged nightly judged GO by Release": the filters in words. */
export function filtersInWords(f: ConcreteFilters): string {
  const words = [
    said(f.branch, (v) => `on branch ${v}`, 'without a branch'),
    said(f.environment, (v) => `in environment ${v}`, 'without an environment'),
    said(f.profile, (v) => `with profile ${v}`, 'without a profile'),
    f.tags && f.tags.length > 0 ? `tagged ${f.tags.join(' and ')}` : null,
    said(f.users, (v) => `with ${v} users`, 'without a user count'),
    f.go !== undefined ? `judged GO by criteria set ${f.go}` : null,
  ].filter((w): w is string => w !== null);
  return words.join(' ');
}

/** The words of a filter given as `same`, before a target is known: "with the target's profile". */
export function sameInWords(filters: LatestFilters): string {
  const words = { branch: 'branch', environment: 'environment', profile: 'profile', users: 'user count' };
  const same = (filters.same ?? []).map((k) => words[k]);
  if (same.length === 0) return '';
  const list = same.length === 1 ? same[0]! : `${same.slice(0, -1).join(', ')} and ${same.at(-1)}`;
  return `with the target's ${list}`;
}

function said<T>(value: T | null | undefined, words: (v: T) => string, none: string): string | null {
  if (value === undefined) return null;
  return value === null ? none : words(value);
}
