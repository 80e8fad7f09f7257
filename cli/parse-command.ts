// `swarmlens parse RUN [--json]`: one run as Run JSON on stdout.
import { onlyRun, toRunJson } from '../lib/locust/index';
import { readRunInput, UsageError } from './read-run-input';

export async function runParse(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--series');
  if (unknown.length > 0) throw new UsageError(`parse: unknown option ${unknown[0]}`);
  if (positional.length !== 1) throw new UsageError('parse: give exactly one RUN (see swarmlens --help)');
  const arg = positional[0] as string;
  const { runs, skipped } = await readRunInput(arg);
  for (const s of skipped) err.write(`swarmlens: skipped ${s}\n`);
  const run = onlyRun(runs, arg);
  out.write(`${JSON.stringify(toRunJson(run, null, { series: args.includes('--series') }), null, 2)}\n`);
  return 0;
}
