// `swarmlens upload RUN --server URL [--project NAME] [--label TEXT] [--tags a,b] [--build NAME] [--token T]
// [--commit SHA] [--branch NAME] [--environment NAME]`:
// sends a run's files to POST /api/runs and prints { id, url, duplicateOf } (duplicateOf: the server's ids of
// runs stored before with exactly these files, [] for none; absent when the server does not say), and a line
// on stderr naming such runs: the run is stored all the same. The build defaults to CI's commit
// (build-option.ts); the `meta` field carries source "cli" and CI's commit, branch, environment and job page
// (provenance-option.ts). `--encoding` choices go in the
// `encodings` field (file name -> label), which the server checks (400 for names it did not get).
import { openAsBlob, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { unzipFiles } from '../lib/domain/locust/zip';
import { buildOf } from './build-option';
import { uploadMetaField } from './provenance-option';
import { currentEncodings, markEncodingUsed } from './encoding-option';
import { isZipFile } from './read-run-input';
import { runArgumentFiles, UsageError } from './run-argument';

const UPLOADABLE = /\.(csv|html?|json|zip|txt)$/i;
const VALUE_OPTIONS = [
  '--server',
  '--project',
  '--label',
  '--tags',
  '--notes',
  '--users',
  '--spawn-rate',
  '--build',
  '--token',
  '--commit',
  '--branch',
  '--environment',
] as const;

export async function runUpload(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { positional, options } = parseOptions(args);
  if (positional.length !== 1) throw new UsageError('upload: give exactly one RUN (see swarmlens --help)');
  const server = options['--server'] ?? process.env.SWARMLENS_SERVER;
  if (!server) throw new UsageError('upload: --server URL is required (or set SWARMLENS_SERVER)');
  const form = new FormData();
  const paths = filesOf(positional[0] as string);
  const encodings = encodingsField(paths);
  // Before the files, so that a server could apply it while they stream in.
  if (encodings !== null) form.append('encodings', encodings);
  for (const path of paths) form.append('files', await openAsBlob(path), basename(path));
  const fields = [
    ['--project', 'project'],
    ['--label', 'label'],
    ['--tags', 'tags'],
    ['--notes', 'notes'],
    ['--users', 'userCount'],
    ['--spawn-rate', 'spawnRate'],
  ] as const;
  for (const [flag, field] of fields) {
    const value = options[flag];
    if (value !== undefined) form.append(field, value);
  }
  const build = buildOf(options['--build'], process.env);
  if (build !== null) form.append('build', build.build);
  const provenance = {
    commit: options['--commit'],
    branch: options['--branch'],
    environment: options['--environment'],
  };
  form.append('meta', uploadMetaField(provenance, process.env));
  const token = options['--token'] ?? process.env.SWARMLENS_TOKEN;
  let res: Response;
  try {
    res = await fetch(new URL('/api/runs', server), {
      method: 'POST',
      body: form,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (e) {
    throw new UsageError(
      `upload: cannot reach ${server} ` +
        `(${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : e})`,
    );
  }
  const body = (await res.json().catch(() => null)) as UploadAnswer | null;
  if (res.status !== 201 || !body?.id) {
    throw new UsageError(`upload: the server answered ${res.status}: ${body?.error?.message ?? res.statusText}`);
  }
  const duplicateOf = Array.isArray(body.duplicateOf) ? body.duplicateOf.filter((d) => typeof d === 'string') : null;
  const url = new URL(body.url ?? `/runs/${body.id}`, server).toString();
  out.write(`${JSON.stringify({ id: body.id, url, ...(duplicateOf ? { duplicateOf } : {}) })}\n`);
  const note = duplicateNote(body.id, duplicateOf ?? [], server);
  if (note) err.write(`swarmlens: ${note}\n`);
  return 0;
}

interface UploadAnswer {
  id?: string;
  url?: string;
  duplicateOf?: unknown[];
  error?: { message?: string };
}

/** "same files as run ID (URL); stored all the same as run NEW" (several: "as runs A (URL), B (URL)"), or null
 *  for none. `duplicateOf`: run ids, oldest first, as POST /api/runs answers them. */
export function duplicateNote(storedId: string, duplicateOf: readonly string[], server: string): string | null {
  if (duplicateOf.length === 0) return null;
  const runs = duplicateOf.map((id) => `${id} (${new URL(`/runs/${encodeURIComponent(id)}`, server).toString()})`);
  const noun = duplicateOf.length === 1 ? 'run' : 'runs';
  return `same files as ${noun} ${runs.join(', ')}; stored all the same as run ${storedId}`;
}

function parseOptions(args: string[]): {
  positional: string[];
  options: Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;
} {
  const positional: string[] = [];
  const options: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(VALUE_OPTIONS as readonly string[]).includes(flag)) throw new UsageError(`upload: unknown option ${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`upload: ${flag} needs a value`);
    options[flag as (typeof VALUE_OPTIONS)[number]] = value;
  }
  return { positional, options };
}

/** The `encodings` field: `--encoding FILE=LABEL` as given, `--encoding LABEL` for every file sent
 *  (zip entries too). */
function encodingsField(paths: string[]): string | null {
  const { all, byFile } = currentEncodings();
  const field: Record<string, string> = {};
  if (all !== null) {
    for (const path of paths) {
      const zipped = isZipFile(path) ? unzipFiles(basename(path), readFileSync(path)) : null;
      const names = zipped ? zipped.map((f) => f.name) : [basename(path)];
      for (const name of names) field[name] = all;
    }
  }
  for (const [name, label] of Object.entries(byFile)) {
    markEncodingUsed(name); // the server answers 400 for a name it did not receive
    field[name] = label;
  }
  return Object.keys(field).length === 0 ? null : JSON.stringify(field);
}

function filesOf(arg: string): string[] {
  const paths = runArgumentFiles(arg)
    .filter((f) => !f.listed || UPLOADABLE.test(f.name))
    .map((f) => f.path);
  if (paths.length === 0) throw new UsageError(`${arg}: no files to upload`);
  return paths;
}
