// Which endpoint rows criteria can look at, so that evaluating many runs reads only those rows.
// Invariant (tested against scope.ts on random names): every endpoint that a criterion's scope
// selects (subjectsOf) has a name in `names` or starting with one of `prefixes`. It may let more
// through (the scope logic still decides exactly); `all` when no such narrowing is possible.
import { foldPath } from '../analysis/endpoint-groups';
import type { Criterion } from './types';

export interface EndpointNeeds {
  /** Every endpoint row is needed (e.g. a group whose prefix starts with an id). */
  all: boolean;
  /** Exact request names. */
  names: string[];
  /** Request-name prefixes (case-sensitive; SQL LIKE 'prefix%' is a superset). */
  prefixes: string[];
}

export const ALL_ENDPOINTS: EndpointNeeds = { all: true, names: [], prefixes: [] };

/**
 * The part of a group prefix that the raw request name itself must start with. Folding only turns
 * path segments into `[id]…` and query values into `[…]`, so a name and its folded form agree up to
 * their first `[` or `?`: cutting the folded prefix there covers both matches of scope.ts (the raw
 * name starting with the prefix, and the folded name starting with the folded prefix).
 */
export function literalHead(prefix: string): string {
  const folded = foldPath(prefix);
  const cut = folded.search(/[[?]/);
  return cut < 0 ? folded : folded.slice(0, cut);
}

/** The endpoint rows the scopes of `criteria` can select (aggregate scopes need none). */
export function endpointNeeds(criteria: readonly Pick<Criterion, 'scope'>[]): EndpointNeeds {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const { scope } of criteria) {
    if (scope === 'aggregate') continue;
    if (scope.startsWith('endpoint:')) {
      // "METHOD NAME" or "NAME" (names may hold spaces): both readings, whichever scope.ts takes.
      const text = scope.slice('endpoint:'.length);
      names.add(text);
      const space = text.indexOf(' ');
      if (space > 0) names.add(text.slice(space + 1));
      continue;
    }
    if (!scope.startsWith('group:')) return ALL_ENDPOINTS;
    const head = literalHead(scope.slice('group:'.length));
    if (head === '') return ALL_ENDPOINTS;
    prefixes.add(head);
  }
  return { all: false, names: [...names].sort(), prefixes: [...prefixes].sort() };
}

/** What the SQL filter keeps, in JS (the tests check the invariant with it). */
export function matchesNeeds(needs: EndpointNeeds, name: string): boolean {
  return needs.all || needs.names.includes(name) || needs.prefixes.some((p) => name.startsWith(p));
}
