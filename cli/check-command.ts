// `swarmlens check RUN --criteria FILE.json [--baseline RUN]`: the verdict JSON on stdout;
// exit 0 when every criterion is met, 1 otherwise (a gate for CI pipelines), 2 on unusable input.
// A set whose appliesTo leaves the run out judges nothing: `verdict: null` with `outOfScope`, exit 0
// (the run has no tags here: a set that asks for tags or a profile applies to no run read from files).
import { checkRun, subjectOfParsed } from '../lib/domain/criteria/check';
import { onlyRun } from '../lib/domain/locust/index';
import { readCriteriaFile } from './criteria-file';
import { readRunInput, UsageError } from './read-run-input';

export async function runCheck(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const positional: string[] = [];
  let criteriaFile: string | null = null;
  let baselineArg: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--criteria') criteriaFile = args[++i] ?? null;
    else if (a === '--baseline') baselineArg = args[++i] ?? null;
    else if (a.startsWith('--')) throw new UsageError(`check: unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError('check: give exactly one RUN (see swarmlens --help)');
  if (criteriaFile === null) throw new UsageError('check: --criteria FILE.json is required');
  const set = readCriteriaFile(criteriaFile);
  const run = await loadRun(positional[0] as string, err);
  const baseline = baselineArg === null ? null : await loadRun(baselineArg, err);
  const verdict = checkRun(set, run, baseline, subjectOfParsed(run));
  out.write(`${JSON.stringify(verdict, null, 2)}\n`);
  if (verdict.verdict === null) {
    err.write(`swarmlens: not judged: ${verdict.outOfScope}\n`);
    return 0;
  }
  return verdict.results.every((r) => r.met === true) ? 0 : 1;
}

async function loadRun(arg: string, err: NodeJS.WritableStream) {
  const { runs, skipped } = await readRunInput(arg);
  for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
  return onlyRun(runs, arg);
}
