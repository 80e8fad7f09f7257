// The window switch: a run as a whole, or over its steady state (steady-run.ts). Pure, no I/O; the
// API answers 422 and the CLI exits 2 on NoSteadyStateError.
import type { ParsedRun } from '../locust/types';
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
