// `swarmlens parse RUN [--json] [--series] [--window whole|steady] [--p95-limit MS]`: one run as Run
// JSON on stdout, with its load shape, steady state, latency ceiling and (ramp/step runs) capacity curve.
// `--window steady`: the figures over the steady-state window (exit 2 when the run has none).
import { runAnalysis } from '../lib/domain/analysis/run-analysis';
import type { RunWindow } from '../lib/domain/analysis/run-window';
import { onlyRun, toRunJson } from '../lib/domain/locust/index';
import { readRunInput, UsageError } from './read-run-input';
import { overWindow, windowOption } from './window-option';

export async function runParse(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const positional: string[] = [];
  let series = false;
  let window: RunWindow = 'whole';
  let p95LimitMs: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') continue;
    else if (a === '--series') series = true;
    else if (a === '--window') window = windowOption(args[++i], 'parse');
    else if (a === '--p95-limit') p95LimitMs = p95LimitOption(args[++i], 'parse');
    else if (a.startsWith('--')) throw new UsageError(`parse: unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError('parse: give exactly one RUN (see swarmlens --help)');
  const arg = positional[0] as string;
  const { runs, skipped } = await readRunInput(arg);
  for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
  const run = onlyRun(runs, arg);
  const shown = overWindow(run, window, arg);
  const json = { ...toRunJson(shown, null, { series }), ...runAnalysis(run, p95LimitMs) };
  out.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}

/** `--p95-limit MS`: a positive number of milliseconds. */
function p95LimitOption(value: string | undefined, command: string): number {
  const ms = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(ms) || ms <= 0) {
    throw new UsageError(`${command}: --p95-limit must be a positive number of milliseconds`);
  }
  return ms;
}
