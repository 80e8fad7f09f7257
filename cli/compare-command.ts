// `swarmlens compare RUN RUN [RUN ...] [--format json|md] [--baseline N]`: the Comparison JSON or
// the Markdown report. N is the baseline's position among the RUNs, counted from 1 (default 1).
import { compareRuns } from '../lib/analysis/compare-runs';
import { comparisonMarkdown } from '../lib/analysis/markdown';
import { onlyRun } from '../lib/locust/index';
import { readRunInput, UsageError } from './read-run-input';

export async function runCompare(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const runs: string[] = [];
  let format = 'json';
  let baseline = 1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format') format = args[++i] ?? '';
    else if (a === '--baseline') baseline = Number(args[++i]);
    else if (a === '--json') format = 'json';
    else if (a.startsWith('--')) throw new UsageError(`compare: unknown option ${a}`);
    else runs.push(a);
  }
  if (format !== 'json' && format !== 'md') throw new UsageError('compare: --format must be json or md');
  if (runs.length < 2) throw new UsageError('compare: give at least two RUNs (see swarmlens --help)');
  if (!Number.isInteger(baseline) || baseline < 1 || baseline > runs.length) {
    throw new UsageError(`compare: --baseline must be a position from 1 to ${runs.length}`);
  }
  const parsed = [];
  for (const arg of runs) {
    const { runs: found, skipped } = await readRunInput(arg);
    for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
    parsed.push({ id: null, run: onlyRun(found, arg) });
  }
  const comparison = compareRuns(parsed, baseline - 1);
  out.write(format === 'md' ? comparisonMarkdown(comparison) : `${JSON.stringify(comparison, null, 2)}\n`);
  return 0;
}
