#!/usr/bin/env node
// `npm run bench:history [-- --scenario both|wide|long] [--n 10]`: issue 19's history goals on SQLite, with the
// production build. `wide`: 1,000 runs × 200 endpoints (trend page < 300 ms; change points of a new run
// < 1 s after its upload); `long`: 10,000 runs × 20 endpoints (trend page < 1 s). Each seeds a fresh database
// with the app's store (bench/support/history-seed.ts), starts the server, times the trend page and its APIs
// (median of N sequential GETs after a warm-up, and the server's CPU per request), then uploads one more run of
// every endpoint through POST /api/runs and times until the worker has searched its part (its history job is
// gone). Prints one JSON object; exits 1 when a goal is missed. Env: BENCH_PORT (default 3490), BENCH_SKIP_BUILD=1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { wideStatsCsv } from './support/wide-stats-csv.mjs';
import { buildOnce, cpuMsOfTree, freshDatabase, median, root, startServer } from './support/app-server.mjs';

const SCENARIOS = {
  wide: { runs: 1000, endpoints: 200, pageGoalMs: 300, changePointGoalMs: 1000 },
  long: { runs: 10000, endpoints: 20, pageGoalMs: 1000, changePointGoalMs: null },
};
const { values: args } = parseArgs({
  options: { scenario: { type: 'string', default: 'both' }, n: { type: 'string', default: '10' } },
});
const names = args.scenario === 'both' ? ['wide', 'long'] : [args.scenario];
if (!names.every((n) => n in SCENARIOS)) throw new Error('--scenario is both, wide or long');
const port = Number(process.env.BENCH_PORT ?? 3490);
const timed = Number(args.n);
const FIXTURE = join(root, 'fixtures/locust-2.12-generated/smallpool-20u');
/** The seeded runs' user count (the fixture's): the upload is in their part. */
const SEEDED_USERS = 20;

/** Seeds in a child process (the app's store, outside Next.js); resolves with its JSON line. */
function seed(databaseUrl, s) {
  const args = ['--conditions=react-server', '--import', 'tsx', 'bench/support/history-seed.ts', databaseUrl];
  const child = spawn(process.execPath, [...args, String(s.runs), String(s.endpoints)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`seeding exited ${code}`)),
    ),
  );
}

async function timeGet(url, pid) {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
    return { ms: performance.now() - t0, bytes: body.byteLength };
  };
  try {
    for (let i = 0; i < 3; i++) await once();
    const cpu0 = cpuMsOfTree(pid);
    const runs = [];
    for (let i = 0; i < timed; i++) runs.push(await once());
    const cpuMs = (cpuMsOfTree(pid) - cpu0) / timed;
    return {
      medianMs: Math.round(median(runs.map((r) => r.ms))),
      serverCpuMs: Math.round(cpuMs),
      bytes: runs[0].bytes,
    };
  } catch (e) {
    return { error: e.message };
  }
}

/** Uploads a run like the seeded ones (every endpoint: each series of the part grows) as the newest; ms from the
 *  request until the worker's job for the project is gone. */
async function timeChangePoints(baseUrl, databaseUrl, projectName, projectId, endpoints) {
  const db = new Database(databaseUrl.slice('file:'.length), { readonly: true, fileMustExist: true });
  const pending = db.prepare('SELECT count(*) AS n FROM history_job WHERE project_id = ?');
  const form = new FormData();
  form.append('files', new Blob([wideStatsCsv(FIXTURE, endpoints)]), 'newest_stats.csv');
  form.append('project', projectName);
  form.append('userCount', String(SEEDED_USERS));
  form.append('label', 'the newest run');
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/api/runs`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`upload: HTTP ${res.status} ${await res.text()}`);
  const uploadedMs = performance.now() - t0;
  while (pending.get(projectId).n > 0) {
    if (performance.now() - t0 > 120_000) throw new Error('the worker did not finish within 120 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  db.close();
  const doneMs = performance.now() - t0;
  return {
    uploadMs: Math.round(uploadedMs),
    afterUploadMs: Math.round(doneMs - uploadedMs),
    totalMs: Math.round(doneMs),
  };
}

// Every scenario's database is seeded while the app builds (no timing runs meanwhile).
const seeds = [];
for (const name of names) {
  const s = SCENARIOS[name];
  const databaseUrl = await freshDatabase('sqlite');
  process.stderr.write(`[${name}] seeding ${s.runs} runs × ${s.endpoints} endpoints...\n`);
  seeds.push({ name, s, databaseUrl, seeded: seed(databaseUrl, s) });
}
buildOnce();
const out = { machine: `${(await import('node:os')).cpus().length} cores`, database: 'sqlite', scenarios: {} };
let met = true;
for (const { name, s, databaseUrl, seeded: seeding } of seeds) {
  const seeded = await seeding;
  const server = await startServer({ port, databaseUrl });
  try {
    const id = encodeURIComponent(seeded.projectId);
    const page = await timeGet(`${server.url}/projects/${id}/trends`, server.pid);
    const trendApi = await timeGet(`${server.url}/api/projects/${id}/trends`, server.pid);
    const matrixApi = await timeGet(`${server.url}/api/projects/${id}/trends/matrix`, server.pid);
    const changePoints = await timeChangePoints(
      server.url,
      databaseUrl,
      'History bench',
      seeded.projectId,
      s.endpoints,
    );
    const pageMet = page.medianMs !== undefined && page.medianMs < s.pageGoalMs;
    const cpMet = s.changePointGoalMs === null || changePoints.afterUploadMs < s.changePointGoalMs;
    met &&= pageMet && cpMet;
    out.scenarios[name] = {
      runs: s.runs,
      endpoints: s.endpoints,
      seed: { storeS: Math.round(seeded.storedS), fullSearchS: Math.round(seeded.fullSearchS * 10) / 10 },
      trendPage: { ...page, goalMs: s.pageGoalMs, met: pageMet },
      trendApi,
      matrixApi,
      changePointsOfNewRun: { ...changePoints, goalMs: s.changePointGoalMs, met: cpMet },
    };
  } finally {
    await server.stop();
  }
}
console.log(JSON.stringify(out, null, 2));
process.exit(met ? 0 : 1);
