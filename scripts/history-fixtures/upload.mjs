#!/usr/bin/env node
// Uploads fixtures/locust-2.12-history's runs, oldest first, into one project of a running Swarmlens (issue 19's
// trend and change-point demo).
//   node scripts/history-fixtures/upload.mjs [--server URL] [--project NAME] [--token T] [--dir DIR] [--via-cli]
// Defaults: --server $SWARMLENS_SERVER or http://localhost:3400, --project "History demo", --token
// $SWARMLENS_TOKEN (an editor API token, when access control is on), --dir the fixture folder.
// Each run is POST /api/runs (docs/contract.md) with its four CSVs, the label "run-NN · build X", the build (the
// commit's first 12 hex digits) and a `meta` field with the manifest's commit, branch, environment, locustfile
// name and sha256, host, spawn rate and Locust version (the CSVs say neither). The locustfile's sha256 is what
// starts era 2 at run 33; `swarmlens upload` has no option for it, so `--via-cli` (the repo's CLI: --commit,
// --branch, --environment, --build) stores the runs without it, and then they show as one era.
// Prints one line per run: its number, id and URL.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const opts = { server: process.env.SWARMLENS_SERVER ?? 'http://localhost:3400', project: 'History demo' };
opts.token = process.env.SWARMLENS_TOKEN;
opts.dir = join(ROOT, 'fixtures/locust-2.12-history');
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const flag = args[i];
  if (flag === '--via-cli') opts.viaCli = true;
  else if (['--server', '--project', '--token', '--dir'].includes(flag) && args[i + 1] !== undefined)
    opts[flag.slice(2)] = args[++i];
  else {
    console.error(`upload.mjs: unknown option or missing value: ${flag} (see the comment at the top)`);
    process.exit(2);
  }
}

const manifest = JSON.parse(readFileSync(join(opts.dir, 'manifest.json'), 'utf8'));
const csvs = (folder) =>
  readdirSync(join(opts.dir, folder))
    .filter((n) => n.endsWith('.csv'))
    .sort()
    .map((n) => join(opts.dir, folder, n));

async function postRun(r) {
  const form = new FormData();
  for (const path of csvs(r.folder)) form.append('files', new Blob([readFileSync(path)]), basename(path));
  form.append('project', opts.project);
  form.append('label', `${r.folder} · build ${r.build}`);
  form.append('build', r.commit.slice(0, 12));
  const meta = {
    commit: r.commit,
    branch: r.branch,
    environment: r.environment,
    locustfile: r.locustfile,
    locustfileSha256: r.locustfileSha256,
    host: r.host,
    spawnRate: r.spawnRate,
    locustVersion: r.locustVersion,
  };
  form.append('meta', JSON.stringify(meta));
  const res = await fetch(new URL('/api/runs', opts.server), {
    method: 'POST',
    body: form,
    headers: opts.token ? { Authorization: `Bearer ${opts.token}` } : {},
  });
  const body = await res.json().catch(() => null);
  if (res.status !== 201 || !body?.id) {
    throw new Error(`${r.folder}: the server answered ${res.status}: ${body?.error?.message ?? res.statusText}`);
  }
  return { id: body.id, url: new URL(body.url ?? `/runs/${body.id}`, opts.server).toString() };
}

function cliRun(r) {
  const cli = [join(ROOT, 'bin/swarmlens.mjs'), 'upload', csvs(r.folder).join(','), '--server', opts.server];
  cli.push('--project', opts.project, '--label', `${r.folder} · build ${r.build}`);
  cli.push('--build', r.commit.slice(0, 12), '--commit', r.commit, '--branch', r.branch);
  cli.push('--environment', r.environment);
  if (opts.token) cli.push('--token', opts.token);
  return JSON.parse(execFileSync(process.execPath, cli, { encoding: 'utf8' }));
}

for (const r of manifest.runs) {
  const stored = opts.viaCli ? cliRun(r) : await postRun(r);
  console.log(`${r.folder}\t${stored.id}\t${stored.url}`);
}
console.error(`upload.mjs: ${manifest.runs.length} runs into project "${opts.project}" on ${opts.server}`);
