// `swarmlens compare RUN RUN [RUN ...] [--format json|md] [--baseline N] [--target N]`: the Comparison
// JSON or the Markdown report, runs in the order given. N is a position among the RUNs, counted from 1:
// the baseline (default 1) and the target judged against it (default: the last RUN that is not the baseline).
// `swarmlens compare RUN --steps`: the load steps of one stepped run, compared like runs.
// `--group NAME=PREFIX` (repeatable) adds user-defined endpoint groups; `--thresholds FILE.json`
// overrides any of the status thresholds (lib/domain/analysis/thresholds.ts). `--criteria FILE.json`
// (repeatable: one criteria set per file) judges the target run against each set: its verdict in the
// JSON's `criteria` and a success-criteria section in the Markdown; latencies beyond a set's limit are
// at least a warning. The exit code stays 0: `check` is the gate. `--window steady`: every run over its
// steady-state window (exit 2 naming a run without one).
import { readFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { DEFAULT_THRESHOLDS } from '../lib/domain/analysis/thresholds';
import { parseThresholds, userGroupSchema } from '../lib/server/schemas/compare';
import { compareSteps } from '../lib/domain/analysis/compare-steps';
import { comparisonMarkdown } from '../lib/domain/report/markdown';
import { compareWithCriteria } from '../lib/domain/criteria/compare';
import { onlyRun } from '../lib/domain/locust/index';
import { readCriteriaFile } from './criteria-file';
import { withWindowNote } from '../lib/domain/analysis/run-window';
import { overWindow, windowOption } from './window-option';
import { readRunInput, UsageError } from './read-run-input';

export async function runCompare(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const runs: string[] = [];
  let format = 'json';
  let baseline = 1;
  let target: number | null = null;
  let steps = false;
  const groups: string[] = [];
  let thresholdsFile: string | null = null;
  const criteriaFiles: string[] = [];
  let window: 'whole' | 'steady' = 'whole';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format') format = args[++i] ?? '';
    else if (a === '--baseline') baseline = Number(args[++i]);
    else if (a === '--target') target = Number(args[++i]);
    else if (a === '--json') format = 'json';
    else if (a === '--steps') steps = true;
    else if (a === '--group') groups.push(args[++i] ?? '');
    else if (a === '--thresholds') thresholdsFile = args[++i] ?? '';
    else if (a === '--criteria') criteriaFiles.push(args[++i] ?? '');
    else if (a === '--window') window = windowOption(args[++i], 'compare');
    else if (a.startsWith('--')) throw new UsageError(`compare: unknown option ${a}`);
    else runs.push(a);
  }
  if (format !== 'json' && format !== 'md') throw new UsageError('compare: --format must be json or md');
  if (steps && runs.length !== 1)
    throw new UsageError('compare --steps: give exactly one RUN (a run whose users were ramped in steps)');
  if (steps && window === 'steady')
    throw new UsageError('compare --steps: --window steady does not apply (each step is a plateau already)');
  if (!steps && runs.length < 2) throw new UsageError('compare: give at least two RUNs (see swarmlens --help)');
  if (!steps && (!Number.isInteger(baseline) || baseline < 1 || baseline > runs.length)) {
    throw new UsageError(`compare: --baseline must be a position from 1 to ${runs.length}`);
  }
  if (target !== null) checkTargetOption(target, baseline, runs.length, steps);
  if (steps && criteriaFiles.length > 0) {
    throw new UsageError('compare --steps: --criteria judges runs, not load steps (use check on the run)');
  }
  const sets = criteriaFiles.map(readCriteriaFile);
  const parsed = [];
  for (const arg of runs) {
    const { runs: found, skipped } = await readRunInput(arg);
    for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
    parsed.push({ id: null, run: overWindow(onlyRun(found, arg), window, arg) });
  }
  const { thresholds, userGroups } = options(groups, thresholdsFile);
  let comparison;
  try {
    comparison = steps
      ? compareSteps(parsed[0]!, baseline - 1, thresholds, userGroups)
      : withWindowNote(
          compareWithCriteria(
            parsed,
            baseline - 1,
            thresholds,
            userGroups,
            sets,
            target === null ? undefined : target - 1,
          ),
          window,
        );
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`compare: ${e.message}`);
    throw e;
  }
  out.write(format === 'md' ? comparisonMarkdown(comparison) : `${JSON.stringify(comparison, null, 2)}\n`);
  return 0;
}

/** `--target N`: a position from 1 to the number of RUNs, other than the baseline's; not with --steps. */
function checkTargetOption(target: number, baseline: number, count: number, steps: boolean): void {
  if (steps) throw new UsageError('compare --steps: --target does not apply (the last step is the target)');
  if (!Number.isInteger(target) || target < 1 || target > count) {
    throw new UsageError(`compare: --target must be a position from 1 to ${count}`);
  }
  if (target === baseline) throw new UsageError(`compare: --target ${target} is the baseline: pick another run`);
}

function options(groups: string[], thresholdsFile: string | null) {
  try {
    const userGroups = groups.map((g) => userGroupSchema.parse(g));
    let text: string | null = null;
    if (thresholdsFile !== null) {
      try {
        text = readFileSync(thresholdsFile, 'utf8');
      } catch {
        throw new UsageError(`${thresholdsFile}: no such file`);
      }
    }
    return { userGroups, thresholds: text === null ? DEFAULT_THRESHOLDS : parseThresholds(text) };
  } catch (e) {
    if (e instanceof ZodError)
      throw new UsageError(
        `compare: ${thresholdsFile ?? '--group'}: ` +
          `${e.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
      );
    throw e;
  }
}
