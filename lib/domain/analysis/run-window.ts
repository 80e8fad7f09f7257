// The window switch: a run as a whole, or over its steady state (steady-run.ts). Pure, no I/O; the
// API answers 422 and the CLI exits 2 on NoSteadyStateError.
import type { ParsedRun } from '../locust/types';
import type { Comparison } from './types';
import { steadyRun } from './steady-run';

export const RUN_WINDOWS = ['whole', 'steady'] as const;
export type RunWindow = (typeof RUN_WINDOWS)[number];

/** A run without a steady state was asked for over its steady window; the message names the run and why. */
export class NoSteadyStateError extends RangeError {}

/** `whole` | `steady` (absent: whole); null for any other value. */
export function parseRunWindow(value: string | null | undefined): RunWindow | null {
  if (value === null || value === undefined || value === '') return 'whole';
  return (RUN_WINDOWS as readonly string[]).includes(value) ? (value as RunWindow) : null;
}

/** The run over the window; `name` says which run in the error. */
export function runOverWindow(run: ParsedRun, window: RunWindow, name: string): ParsedRun {
  if (window === 'whole') return run;
  const result = steadyRun(run);
  if (result.run === null) throw new NoSteadyStateError(`${name}: ${result.reason}`);
  return result.run;
}

/** The first warning of a comparison over steady states: what the figures cover. */
export const STEADY_COMPARISON_NOTE =
  'Steady state: each run’s figures cover its peak load only, from 10 s after the' +
  ' ramp-up to the ramp-down; request and failure counts are exact (cumulative counters), latencies approximate' +
  ' (medians of Locust’s ~10 s window percentiles); failure messages are whole-run.';

/** The comparison with STEADY_COMPARISON_NOTE first when it is over steady states; unchanged otherwise. */
export function withWindowNote(comparison: Comparison, window: RunWindow): Comparison {
  if (window === 'whole') return comparison;
  return { ...comparison, warnings: [STEADY_COMPARISON_NOTE, ...comparison.warnings] };
}
