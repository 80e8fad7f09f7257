// `--window whole|steady` for `swarmlens parse` and `swarmlens compare` (lib/domain/analysis/run-window.ts).
import { NoSteadyStateError, parseRunWindow, runOverWindow, type RunWindow } from '../lib/domain/analysis/run-window';
import type { ParsedRun } from '../lib/domain/locust/types';
import { UsageError } from './read-run-input';

/** `--window whole|steady`. */
export function windowOption(value: string | undefined, command: string): RunWindow {
  const window = value === undefined || value === '' ? null : parseRunWindow(value);
  if (window === null) throw new UsageError(`${command}: --window must be whole or steady`);
  return window;
}

/** The run over the window; a run without a steady state is unusable input (exit 2), named with its reason. */
export function overWindow(run: ParsedRun, window: RunWindow, name: string): ParsedRun {
  try {
    return runOverWindow(run, window, name);
  } catch (e) {
    if (e instanceof NoSteadyStateError) throw new UsageError(e.message);
    throw e;
  }
}
