// The Run JSON additions of issue 14 for one run: its load shape, steady state, latency ceiling and
// (ramp and stepped runs) capacity curve. Pure, no I/O; each part documented in README.md.
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
