// Which criterion of a set verifies a roadmap item proposed with another one ("Plan a retest"). Pure.
import type { Criterion } from './types';

const sameKey = (a: Criterion, b: Criterion) =>
  a.metric === b.metric && a.scope === b.scope && (a.relative ?? null) === (b.relative ?? null);

/**
 * The criterion of `saved` that verifies an item proposed with `wanted`: the same one (metric,
 * scope, op, target); else one on the same metric and scope (the user edited its target or op);
 * null when the set has none, then the item adds `wanted` to the set.
 */
export function matchCriterion<T extends Criterion>(
  saved: readonly T[],
  wanted: Criterion,
): { criterion: T; exact: boolean } | null {
  const exact = saved.find((c) => sameKey(c, wanted) && c.op === wanted.op && c.target === wanted.target);
  if (exact) return { criterion: exact, exact: true };
  const near = saved.find((c) => sameKey(c, wanted));
  return near ? { criterion: near, exact: false } : null;
}

/** The set's criteria with every unmatched wanted criterion appended, and for each wanted one its index. */
export function linkCriteria(
  criteria: readonly Criterion[],
  wanted: readonly Criterion[],
): { criteria: Criterion[]; indexes: number[] } {
  const all = [...criteria];
  const indexes = wanted.map((w) => {
    const match = matchCriterion(all, w);
    if (match) return all.indexOf(match.criterion);
    all.push(w);
    return all.length - 1;
  });
  return { criteria: all, indexes };
}
