// `swarmlens` command line (docs/contract.md). stdout: machine-readable output; stderr: one
// human line on error. Exit codes: 0 success, 1 a check failed, 2 unusable input or arguments.
import { LocustInputError } from '../lib/domain/locust/index';
import { runCheck } from './check-command';
import { runCompare } from './compare-command';
import { takeEncodingOptions, withEncodings } from './encoding-option';
import { runParse } from './parse-command';
import { runUpload } from './upload-command';
import { UsageError } from './read-run-input';

export const HELP = `swarmlens — understand Locust load-test results

Usage:
  swarmlens parse RUN [--json] [--series] [--window whole|steady] [--p95-limit MS]
                                 parse one run and print it as JSON (the Run JSON of docs/contract.md);
                                 --series adds every time series (history.aggregated/endpoints);
                                 --window steady: figures over the steady state (ramps left out);
                                 --p95-limit: the P95 limit for a ramp or step run's capacity curve
  swarmlens compare RUN RUN [RUN ...] [--format json|md|pr] [--baseline N|PATH] [--target N]
                   [--group NAME=PREFIX ...] [--thresholds FILE.json] [--window whole|steady]
                   [--criteria FILE.json ...]
                                 compare runs in order (baseline: the first, the Nth counted from 1, or the
                                 run at PATH put first; target: the last other run, or the Nth); --criteria
                                 adds each set's GO / CONDITIONAL / NO-GO on the target run; --format pr: a
                                 short pull-request comment (Markdown, under 65,536 characters)
  swarmlens compare RUN_ID --server URL [--token T] [--baseline SPEC] [--format json|md|pr]
                   [--group NAME=PREFIX ...] [--window whole|steady] [--criteria FILE.json ...]
                                 compare a stored run with the baseline the server picks (default: latest);
                                 the project's criteria sets (and each --criteria file's, json and pr)
                                 judge it; pr links the server's comparison
  swarmlens compare RUN --steps [--format json|md]
                                 compare the load steps (plateaus of users) of one stepped run
  swarmlens check RUN --criteria FILE.json [--baseline PATH] [--junit FILE]
  swarmlens check RUN_ID --server URL [--token T] (--set NAME | --criteria FILE.json) [--baseline SPEC]
                   [--junit FILE]
                                 evaluate success criteria; print the verdict; exit 1 unless all are met;
                                 --set: the run's project's stored set; --junit: also write JUnit XML (one
                                 test case per criterion)
  swarmlens upload RUN --server URL [--project NAME] [--label TEXT] [--tags a,b] [--notes TEXT]
                   [--users N] [--spawn-rate R] [--build NAME] [--token T]
                   [--commit SHA] [--branch NAME] [--environment NAME]
                                 send a run's files to a Swarmlens server; prints { "id", "url",
                                 "duplicateOf" } (runs with the same files; stderr names them);
                                 --build defaults to the CI commit (GITHUB_SHA, CI_COMMIT_SHORT_SHA, ...);
                                 commit, branch, environment and job page come from CI's variables
                                 (README "From CI"), --commit/--branch/--environment override them
  swarmlens --help               this help

SPEC (--baseline) is one grammar: N (a position among the RUNs, compare only), PATH (a run read from files),
id:RUN_ID (a stored run), latest:KEY=VALUE,... (the newest stored run of the project before RUN_ID matching
every filter; keys branch, environment, profile, tag, users, go=SET_NAME: judged GO by that criteria set;
branch, environment, profile, users =same: RUN_ID's own value), rule:NAME (the project's baseline rule NAME).
id:, latest: and rule: need --server; --token defaults to SWARMLENS_TOKEN.

Every command takes --encoding LABEL (all files) and --encoding FILE=LABEL (one file, repeatable)
for text that is not UTF-8 when the detected encoding is wrong (a run warning says when it is unsure):
LABEL is euc-kr (cp949), shift_jis, euc-jp, gb18030, big5, windows-1252, ... (WHATWG labels).

RUN is a directory holding one run's files, a single file (an HTML report, a --json output),
a .zip of a run's files, or several files joined with commas. Files are recognized by content:
_stats.csv, _stats_history.csv, _failures.csv, _exceptions.csv, _requests.csv/_distribution.csv
(Locust <= 0.13.2), HTML reports (1.2+), --json output and /stats/requests JSON, 0.12 to 2.46.

Exit codes: 0 success, 1 a check failed (check), 2 unusable input or arguments (one line on
stderr names the file and line).
`;

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.write(HELP);
      return command === undefined ? 2 : 0;
    }
    const { args, encodings } = takeEncodingOptions(rest);
    return await withEncodings(encodings, err, () => {
      if (command === 'parse') return runParse(args, out, err);
      if (command === 'upload') return runUpload(args, out, err);
      if (command === 'compare') return runCompare(args, out, err);
      if (command === 'check') return runCheck(args, out, err);
      throw new UsageError(`unknown command "${command}" (try: swarmlens --help)`);
    });
  } catch (e) {
    err.write(`swarmlens: ${describe(e)}\n`);
    return 2;
  }
}

function describe(e: unknown): string {
  if (e instanceof LocustInputError || e instanceof UsageError) return e.message;
  // Anything else is a bug; still one line, never a stack trace.
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
