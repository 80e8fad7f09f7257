#!/usr/bin/env node
// `npm run bench:many [-- --db sqlite|postgresql|both] [--runs 1000] [--n 20]`: a project with
// 1,000 runs (uploaded through POST /api/runs), three criteria sets and a linked roadmap; times the
// runs list, the project page, its API, its deck and a shared link of it on the production build, prints the
// query plans of the SQL those pages send, and one JSON object with every figure. Exits 1 when a median misses
// its goal (200 ms), or the project API's answer its size (500 KB).
// Env: BENCH_PORT (default 3480), BENCH_SKIP_BUILD=1 (reuse .next-bench), SWARMLENS_TEST_POSTGRES_URL,
// BENCH_REUSE_DATABASE_URL (time an already filled database instead of a fresh one; one --db only).
import { parseArgs } from 'node:util';
import { buildOnce, cpuMsOfTree, freshDatabase, median, percentile, startServer } from './support/app-server.mjs';
import { PROJECT_NAME, seedProject } from './support/many-runs-seed.mjs';
import { explainPages } from './support/query-plans.mjs';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '1000' },
    n: { type: 'string', default: '20' },
  },
});
if (!['sqlite', 'postgresql', 'both'].includes(args.db)) throw new Error('--db is sqlite, postgresql or both');
if (process.env.BENCH_REUSE_DATABASE_URL && args.db === 'both')
  throw new Error('BENCH_REUSE_DATABASE_URL needs --db sqlite or --db postgresql');
const kinds = args.db === 'both' ? ['sqlite', 'postgresql'] : [args.db];
const runCount = Number(args.runs);
const timedRequests = Number(args.n);
const port = Number(process.env.BENCH_PORT ?? 3480);
const GOAL_MEDIAN_MS = 200;
/** GET /api/projects/:id (issue 20): one page of runs evaluated, not 8.8 MB of every run. */
const GOAL_API_BYTES = 500_000;
const WARM_UP_REQUESTS = 5;

/** Warm-up, then `timedRequests` sequential GETs; each time includes reading the whole body. Also
 *  the server's CPU time per request, steadier than wall time on a shared machine. */
async function timePage(url, serverPid, goalBytes = null) {
  let bytes = 0;
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
    bytes = body.byteLength;
    return performance.now() - t0;
  };
  const ms = [];
  let cpu0 = 0;
  let cpu1 = 0;
  try {
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await once();
    cpu0 = cpuMsOfTree(serverPid);
    for (let i = 0; i < timedRequests; i++) ms.push(await once());
    cpu1 = cpuMsOfTree(serverPid);
  } catch (e) {
    return { error: e.message, goalMedianMs: GOAL_MEDIAN_MS, met: false };
  }
  const round = (x) => Math.round(x * 10) / 10;
  return {
    medianMs: round(median(ms)),
    p95Ms: round(percentile(ms, 95)),
    serverCpuMsPerRequest: round((cpu1 - cpu0) / timedRequests),
    bytes,
    goalMedianMs: GOAL_MEDIAN_MS,
    ...(goalBytes === null ? {} : { goalBytes }),
    met: median(ms) < GOAL_MEDIAN_MS && (goalBytes === null || bytes < goalBytes),
  };
}

/** A share link of the project (its path): every view of it counts one, as a reader's would. */
async function projectSharePath(baseUrl, projectId) {
  const res = await fetch(`${baseUrl}/api/shares`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'project', runs: [], project: projectId }),
  });
  if (res.status !== 201) throw new Error(`POST /api/shares: HTTP ${res.status} ${await res.text()}`);
  return new URL((await res.json()).url, baseUrl).pathname;
}

async function existingProject(baseUrl) {
  const { projects } = await (await fetch(`${baseUrl}/api/projects`)).json();
  const project = projects.find((p) => p.name === PROJECT_NAME);
  if (!project) throw new Error(`no project "${PROJECT_NAME}" in BENCH_REUSE_DATABASE_URL`);
  return { projectId: project.id, seedS: 0 };
}

async function benchDatabase(kind) {
  const reuse = process.env.BENCH_REUSE_DATABASE_URL;
  const databaseUrl = reuse ?? (await freshDatabase(kind, 'swarmlens_bench_many'));
  const server = await startServer({ port, databaseUrl });
  try {
    process.stderr.write(reuse ? `[${kind}] reusing ${reuse}\n` : `[${kind}] uploading ${runCount} runs...\n`);
    const seed = reuse ? await existingProject(server.url) : await seedProject(server.url, { runs: runCount });
    process.stderr.write(`[${kind}] seeded in ${seed.seedS.toFixed(1)} s; timing pages...\n`);
    const id = encodeURIComponent(seed.projectId);
    const targets = {
      'GET /runs': '/runs',
      'GET /runs?project=ID': `/runs?project=${id}`,
      'GET /api/runs?project=ID': `/api/runs?project=${id}`,
      'GET /projects/ID': `/projects/${id}`,
      'GET /api/projects/ID': `/api/projects/${id}`,
      'GET /projects/ID/present': `/projects/${id}/present`,
      'GET /s/TOKEN (the project shared)': await projectSharePath(server.url, seed.projectId),
    };
    const pages = {};
    for (const [name, path] of Object.entries(targets)) {
      pages[name] = await timePage(
        server.url + path,
        server.pid,
        path.startsWith('/api/projects/') ? GOAL_API_BYTES : null,
      );
      const p = pages[name];
      const figures =
        p.error ??
        `median ${p.medianMs} ms, p95 ${p.p95Ms} ms, server CPU ${p.serverCpuMsPerRequest} ms/request, ` +
          `${(p.bytes / 1024).toFixed(0)} KiB`;
      process.stderr.write(`[${kind}] ${name}: ${figures}\n`);
    }
    const peakRssMb = Math.round(server.peakRssMb());
    const plans = await explainPages(kind, databaseUrl, seed.projectId);
    return { databaseUrl, projectId: seed.projectId, seedS: Math.round(seed.seedS * 10) / 10, pages, peakRssMb, plans };
  } finally {
    await server.stop();
  }
}

buildOnce();
const results = {};
for (const kind of kinds) results[kind] = await benchDatabase(kind);
const ok = Object.values(results).every((r) => Object.values(r.pages).every((p) => p.met));
console.log(
  JSON.stringify(
    { benchmark: 'many-runs', runs: runCount, timedRequests, goal: { medianMs: GOAL_MEDIAN_MS }, results, ok },
    null,
    2,
  ),
);
process.exit(ok ? 0 : 1);
