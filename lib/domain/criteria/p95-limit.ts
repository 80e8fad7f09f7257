// The capacity curve's P95 limit taken from a project's criteria (lib/domain/analysis/capacity.ts uses it).
import type { Criterion } from './types';

/**
 * The P95 limit a project's criteria set: the strictest absolute aggregate `p95Ms <` / `<=` target over
 * its sets, in ms; null when none has one (relative and per-endpoint criteria are not limits).
 */
export function p95LimitOf(sets: { criteria: Criterion[] }[]): number | null {
  const targets = sets
    .flatMap((s) => s.criteria)
    .filter((c) => c.metric === 'p95Ms' && c.scope === 'aggregate' && c.relative === undefined)
    .filter((c) => c.op === '<' || c.op === '<=')
    .map((c) => c.target);
  return targets.length === 0 ? null : Math.min(...targets);
}
