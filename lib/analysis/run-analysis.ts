// The Run JSON additions of issue 14 for one run: its load shape, steady state, latency ceiling and
// (ramp and stepped runs) capacity curve. Pure, no I/O; each part documented in README.md.
import type { Criterion } from '../criteria/types';
import type { ParsedRun } from '../locust/types';
import { capacityOf, type Capacity } from './capacity';
import { latencyCeiling } from './latency-ceiling';
import { loadProfile, type LoadShape } from './load-shape';
import { steadyStateOf, type SteadyState } from './steady-state';

export interface RunAnalysis {
  loadShape: LoadShape;
  steadyState: SteadyState | null;
  /** Always present: the ceiling in ms, or null when there is none. */
  latencyCeilingMs: number | null;
  capacity: Capacity | null;
}

/** `p95LimitMs`: the P95 limit for the capacity curve (the project's P95 criterion, else the user's), or null. */
export function runAnalysis(run: ParsedRun, p95LimitMs: number | null): RunAnalysis {
  return {
    loadShape: loadProfile(run).shape,
    steadyState: steadyStateOf(run),
    latencyCeilingMs: latencyCeiling(run)?.ceilingMs ?? null,
    capacity: capacityOf(run, p95LimitMs),
  };
}

/**
 * The P95 limit a project's criteria set: the strictest absolute aggregate `p95Ms <` / `<=` target over
 * its sets, in ms; null when none has one (relative and per-endpoint criteria are not limits).
 */
export function p95LimitOf(sets: { criteria: Criterion[] }[]): number | null {
  const targets = sets.flatMap((s) => s.criteria)
    .filter((c) => c.metric === 'p95Ms' && c.scope === 'aggregate' && c.relative === undefined)
    .filter((c) => c.op === '<' || c.op === '<=')
    .map((c) => c.target);
  return targets.length === 0 ? null : Math.min(...targets);
}
