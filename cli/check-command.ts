// `swarmlens check RUN --criteria FILE.json [--baseline PATH] [--junit FILE]`: the verdict JSON on stdout;
// exit 0 when every criterion is met, 1 otherwise (a gate for CI pipelines), 2 on unusable input.
// `swarmlens check RUN_ID --server URL [--token T] (--set NAME | --criteria FILE.json) [--baseline id:|latest:|rule:]`:
// a stored run, judged by the server (check-server.ts) with its project's set NAME or the file's set.
// `--junit FILE` also writes the check as JUnit XML (lib/domain/report/junit.ts), whatever the verdict.
// A set whose appliesTo leaves the run out judges nothing: `verdict: null` with `outOfScope`, exit 0
// (the run has no tags here: a set that asks for tags or a profile applies to no run read from files).
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { BaselineSpecError, parseBaselineSpec } from '../lib/domain/ci/baseline-spec';
import { checkRun, subjectOfParsed, type OutOfScopeVerdict } from '../lib/domain/criteria/check';
import type { CriteriaSet, Verdict } from '../lib/domain/criteria/types';
import { onlyRun } from '../lib/domain/locust/index';
import { junitXml } from '../lib/domain/report/junit';
import { checkOnServer } from './check-server';
import { readCriteriaFile } from './criteria-file';
import { readRunInput, UsageError } from './read-run-input';
import { tokenOf } from './server-client';

const VALUE_OPTIONS = ['--criteria', '--baseline', '--junit', '--server', '--token', '--set'] as const;
type Options = Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;

export async function runCheck(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const positional: string[] = [];
  const o: Options = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if ((VALUE_OPTIONS as readonly string[]).includes(a)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`check: ${a} needs a value`);
      o[a as keyof Options] = value;
    } else if (a.startsWith('--')) throw new UsageError(`check: unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError('check: give exactly one RUN (see swarmlens --help)');
  const baseline = o['--baseline'] === undefined ? null : baselineSpec(o['--baseline'], o['--server'] !== undefined);
  let judged: { set: CriteriaSet; verdict: Verdict | OutOfScopeVerdict; runName: string; runId: string | null };
  if (o['--server'] !== undefined) {
    if ((o['--set'] === undefined) === (o['--criteria'] === undefined))
      throw new UsageError('check --server: give --set NAME (a criteria set of the run’s project) or --criteria FILE');
    judged = await checkOnServer({
      runId: positional[0] as string,
      server: o['--server'],
      token: tokenOf(o['--token'] ?? null),
      setName: o['--set'] ?? null,
      set: o['--criteria'] === undefined ? null : readCriteriaFile(o['--criteria']),
      baseline,
    });
  } else {
    if (o['--set'] !== undefined) throw new UsageError('check: --set NAME reads a stored set: give --server URL');
    if (o['--criteria'] === undefined) throw new UsageError('check: --criteria FILE.json is required');
    const set = readCriteriaFile(o['--criteria']);
    const run = await loadRun(positional[0] as string, err);
    const base = baseline === null ? null : await loadRun(baseline, err);
    const verdict = checkRun(set, run, base, subjectOfParsed(run));
    judged = { set, verdict, runName: run.meta.label ?? (positional[0] as string), runId: null };
  }
  const { verdict } = judged;
  out.write(`${JSON.stringify(verdict, null, 2)}\n`);
  if (o['--junit'] !== undefined) writeJunit(o['--junit'], judged, o['--server'] ?? null);
  if (verdict.verdict === null) {
    err.write(`swarmlens: not judged: ${verdict.outOfScope}\n`);
    return 0;
  }
  return verdict.results.every((r) => r.met === true) ? 0 : 1;
}

/** `--baseline`: a PATH with files; id:RUN_ID, latest:... or rule:NAME with --server (the text as given). No
 *  position. */
function baselineSpec(text: string, server: boolean): string {
  let kind;
  try {
    kind = parseBaselineSpec(text).kind;
  } catch (e) {
    if (e instanceof BaselineSpecError) throw new UsageError(`check: --baseline: ${e.message}`);
    throw e;
  }
  if (kind === 'position')
    throw new UsageError('check: --baseline takes a run (a PATH, id:RUN_ID, latest:..., rule:NAME)');
  if (server && kind === 'path')
    throw new UsageError('check --server: --baseline takes id:RUN_ID, latest:... or rule:NAME');
  if (!server && kind !== 'path')
    throw new UsageError(`check: --baseline ${text} names a stored run: give --server URL and a RUN_ID`);
  return text;
}

function writeJunit(
  path: string,
  judged: { set: CriteriaSet; verdict: Verdict | OutOfScopeVerdict; runName: string; runId: string | null },
  server: string | null,
): void {
  const properties: Record<string, string> = {};
  if (judged.runId !== null) properties.runId = judged.runId;
  if (server !== null) properties.server = server;
  const xml = junitXml({ ...judged, at: new Date(), hostname: hostname(), properties });
  try {
    writeFileSync(path, xml);
  } catch (e) {
    throw new UsageError(`check: --junit ${path}: cannot write (${e instanceof Error ? e.message : e})`);
  }
}

async function loadRun(arg: string, err: NodeJS.WritableStream) {
  const { runs, skipped } = await readRunInput(arg);
  for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
  return onlyRun(runs, arg);
}
