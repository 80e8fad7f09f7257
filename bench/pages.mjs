#!/usr/bin/env node
// `npm run bench:pages [-- --vs DIR] [--cache on|off] [--n 60]`: the server time of each page and API read the
// review meeting uses (bench/locustfile.py's), one request at a time on a seeded SQLite database, so that a
// change's cost per request shows without the noise of a load test. With --vs DIR (another checkout, built with
// `npm run bench:pages` there once), both builds run side by side and requests alternate between them: the
// ratio after/before is per path, medians of N requests each. Prints JSON; no goal, it measures.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { root } from './support/app-server.mjs';

const { values } = parseArgs({
  options: { vs: { type: 'string' }, cache: { type: 'string', default: 'off' }, n: { type: 'string', default: '60' } },
});
const n = Number(values.n);
const port = Number(process.env.BENCH_PORT ?? 3560);
const sides = values.vs ? { before: resolve(values.vs), after: root } : { after: root };

async function startSide(dir, sidePort) {
  const app = await import(`${dir}/bench/support/app-server.mjs`);
  const seed = await import(`${dir}/bench/support/seed-review.mjs`);
  app.buildOnce();
  const env = { SWARMLENS_READ_CACHE: values.cache };
  const server = await app.startServer({ port: sidePort, databaseUrl: await app.freshDatabase('sqlite'), env });
  await seed.seedReviewProject(server.url);
  const get = async (path) => (await fetch(server.url + path)).json();
  const project = (await get('/api/projects')).projects.find((p) => p.name === seed.REVIEW_PROJECT);
  const runs = (await get(`/api/runs?project=${project.id}&pageSize=50`)).items.map((r) => r.id).sort();
  return { server, paths: pathsOf(project.id, runs[0], runs[1]) };
}

function pathsOf(projectId, a, b) {
  return {
    '/runs': '/runs',
    '/runs/[id]': `/runs/${a}`,
    '/compare': `/compare?runs=${a},${b}`,
    '/compare/present': `/compare/present?runs=${a},${b}`,
    '/api/compare?format=md': `/api/compare?runs=${a},${b}&format=md`,
    '/api/compare': `/api/compare?runs=${a},${b}`,
    '/projects/[id]': `/projects/${projectId}`,
    '/api/runs/[id]': `/api/runs/${a}`,
    '/api/runs/[id]/series': `/api/runs/${a}/series`,
  };
}

const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
const started = {};
let next = port;
for (const [name, dir] of Object.entries(sides)) started[name] = await startSide(dir, next++);
const names = Object.keys(started);
const result = { n, cache: values.cache, paths: {} };
try {
  for (const key of Object.keys(started.after.paths)) {
    const times = Object.fromEntries(names.map((s) => [s, []]));
    // Two warm-up rounds; the order alternates each round so neither side always goes first.
    for (let i = 0; i < n + 2; i++) {
      for (const side of i % 2 ? [...names].reverse() : names) {
        const { server, paths } = started[side];
        const t0 = performance.now();
        const res = await fetch(server.url + paths[key]);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${side}: GET ${paths[key]} answered ${res.status}`);
        if (i >= 2) times[side].push(performance.now() - t0);
      }
    }
    const row = Object.fromEntries(names.map((s) => [`${s}Ms`, +median(times[s]).toFixed(1)]));
    if (values.vs) row.ratio = +(median(times.after) / median(times.before)).toFixed(3);
    result.paths[key] = row;
  }
} finally {
  for (const { server } of Object.values(started)) await server.stop();
}
console.log(JSON.stringify(result, null, 2));
