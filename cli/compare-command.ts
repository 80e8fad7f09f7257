// `swarmlens compare RUN RUN [RUN ...] [--format json|md|pr] [--baseline N|PATH] [--target N]`: the Comparison
// JSON, the Markdown report or a pull-request comment, runs in the order given. N is a position among the RUNs,
// counted from 1: the baseline (default 1) and the target judged against it (default: the last RUN that is not the
// baseline); a PATH is read as one more run, placed first, the baseline.
// `swarmlens compare RUN_ID --server URL --baseline id:RUN_ID|latest:KEY=VALUE,...|rule:NAME`: stored runs,
// compared by the server (compare-server.ts). `--baseline` takes the one grammar of lib/domain/ci/baseline-spec.ts.
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
import { prComment } from '../lib/domain/report/pr-comment';
import { BaselineSpecError, parseBaselineSpec } from '../lib/domain/ci/baseline-spec';
import { compareOnServer } from './compare-server';
import { tokenOf } from './server-client';
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
  let baselineArg: string | null = null;
  let server: string | null = null;
  let token: string | null = null;
  let target: number | null = null;
  let steps = false;
  const groups: string[] = [];
  let thresholdsFile: string | null = null;
  const criteriaFiles: string[] = [];
  let window: 'whole' | 'steady' = 'whole';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format') format = args[++i] ?? '';
    else if (a === '--baseline') baselineArg = args[++i] ?? '';
    else if (a === '--server') server = args[++i] ?? '';
    else if (a === '--token') token = args[++i] ?? '';
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
  if (format !== 'json' && format !== 'md' && format !== 'pr')
    throw new UsageError('compare: --format must be json, md or pr');
  if (server !== null) {
    if (steps || target !== null || thresholdsFile !== null)
      throw new UsageError('compare --server: --steps, --target and --thresholds apply to runs read from files');
    const sets = criteriaFiles.map(readCriteriaFile);
    return compareOnServer(
      { runs, baseline: baselineArg, format, groups, sets, window, server, token: tokenOf(token) },
      out,
    );
  }
  const baseline = baselinePosition(baselineArg, runs);
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
  if (format === 'pr') out.write(prComment(comparison, { compareUrl: null, baselineSpec: baselineArg }));
  else out.write(format === 'md' ? comparisonMarkdown(comparison) : `${JSON.stringify(comparison, null, 2)}\n`);
  return 0;
}

/** `--baseline` with runs read from files: a position among the RUNs (default 1), or a PATH read as one more
 *  run, put first (`runs` gains it) and made the baseline. id:/latest:/rule: name stored runs: they need --server. */
function baselinePosition(arg: string | null, runs: string[]): number {
  if (arg === null) return 1;
  if (/^\s*\d+\s*$/.test(arg)) return Number(arg); // range-checked with the count of RUNs
  let spec;
  try {
    spec = parseBaselineSpec(arg);
  } catch (e) {
    if (e instanceof BaselineSpecError) throw new UsageError(`compare: --baseline: ${e.message}`);
    throw e;
  }
  if (spec.kind === 'position') return spec.position;
  if (spec.kind === 'path') {
    runs.unshift(spec.path);
    return 1;
  }
  throw new UsageError(`compare: --baseline ${arg} names a stored run: give --server URL and a RUN_ID`);
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
