#!/usr/bin/env node
// `npm run bench:ingest [-- --db sqlite|postgresql|both]`: the 1,000,000-row full-history run of
// `npm run bench` uploaded through POST /api/runs into the production server (`npm start`), on
// SQLite and on PostgreSQL, against `swarmlens parse` of the same files. While the upload runs,
// another client reads GET /api/runs every 100 ms: the app must keep answering.
// Goals: stored within 2x the parse time on SQLite, 3x on PostgreSQL; server peak memory < 1.5 GiB.
// The ratio is the median of ROUNDS pairs, each a parse (median of three) right before an upload into a fresh server
// (its first upload, as after a deploy): this machine's speed drifts by a third within minutes, so a parse timed
// once at the start and an upload timed minutes later could differ by the drift alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openAsBlob, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeHistory, makeStats } from './make-history.mjs';
import { buildOnce, freshDatabase, median, percentile, root, startServer } from './support/app-server.mjs';

const { values } = parseArgs({ options: { db: { type: 'string', default: 'both' } } });
const kinds = values.db === 'both' ? ['sqlite', 'postgresql'] : [values.db];
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const port = Number(process.env.BENCH_PORT ?? 3530);
const LIMITS = { sqlite: 2, postgresql: 3 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RSS_LIMIT_MB = 1536;

const dir = join(tmpdir(), 'swarmlens-bench', `run-${rows}`);
const historyFile = join(dir, 'bench_stats_history.csv');
const statsFile = join(dir, 'bench_stats.csv');
mkdirSync(dir, { recursive: true });
if (!existsSync(historyFile)) {
  process.stderr.write(`writing ${historyFile}...\n`);
  await makeHistory(historyFile, rows);
}
if (!existsSync(statsFile)) writeFileSync(statsFile, makeStats());
const sizeMb = (statSync(historyFile).size + statSync(statsFile).size) / 1e6;

function parseOnce() {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/swarmlens.mjs'), 'parse', dir, '--json'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`swarmlens parse failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}
parseOnce(); // warms the CLI bundle

/** Reads GET /api/runs every 100 ms until stopped; returns each answer's latency (ms) and failures. */
function probe(url) {
  const latencies = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}/api/runs?pageSize=5`);
        await res.arrayBuffer();
        if (!res.ok) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return {
      answers: latencies.length,
      failures,
      medianMs: Math.round(median(latencies)),
      p95Ms: Math.round(percentile(latencies, 95)),
      maxMs: Math.round(Math.max(...latencies)),
    };
  };
}

buildOnce();
const results = {};
for (const kind of kinds) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const parseS = median([parseOnce(), parseOnce(), parseOnce()]);
    rounds.push({ parseS: Number(parseS.toFixed(2)), ...(await uploadOnce(kind, parseS)) });
  }
  const last = rounds[rounds.length - 1];
  results[kind] = {
    ratioToParse: median(rounds.map((r) => r.ratioToParse)),
    ratioLimit: LIMITS[kind],
    serverPeakRssMb: Math.max(...rounds.map((r) => r.serverPeakRssMb)),
    otherRequestsFailures: rounds.reduce((sum, r) => sum + r.otherRequestsDuringUpload.failures, 0),
    storedRequests: last.storedRequests,
    storedHistoryPoints: last.storedHistoryPoints,
    rounds,
  };
}

/** One upload into a fresh server (its first), timed, with GET /api/runs probed meanwhile. */
async function uploadOnce(kind, parseS) {
  const server = await startServer({ port, databaseUrl: await freshDatabase(kind, 'swarmlens_ingest') });
  try {
    // load the page and upload route code
    for (const path of ['/runs', '/api/runs']) await fetch(server.url + path).then((r) => r.arrayBuffer());
    const form = new FormData();
    form.append('files', await openAsBlob(historyFile), 'bench_stats_history.csv');
    form.append('files', await openAsBlob(statsFile), 'bench_stats.csv');
    form.append('project', 'Ingest benchmark');
    const stopProbe = probe(server.url);
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/runs`, { method: 'POST', body: form });
    const body = await res.json();
    const uploadS = (performance.now() - t0) / 1000;
    const whileUploading = await stopProbe();
    if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
    const stored = await (await fetch(`${server.url}/api/runs/${body.id}`)).json();
    return {
      uploadS: Number(uploadS.toFixed(2)),
      ratioToParse: Number((uploadS / parseS).toFixed(2)),
      serverPeakRssMb: Math.round(server.peakRssMb()),
      storedRequests: stored.aggregated?.requests ?? null,
      storedHistoryPoints: stored.history?.points ?? null,
      otherRequestsDuringUpload: whileUploading,
    };
  } finally {
    await server.stop();
  }
}

const report = {
  upload: `${rows} history rows + stats, ${sizeMb.toFixed(1)} MB`,
  ratio: `median of ${ROUNDS} rounds, each: swarmlens parse (median of three), then the upload into a fresh server`,
  rssLimitMb: RSS_LIMIT_MB,
  ...results,
};
console.log(JSON.stringify(report, null, 2));
const missed = Object.values(results).some(
  (r) => r.ratioToParse > r.ratioLimit || r.serverPeakRssMb > RSS_LIMIT_MB || r.otherRequestsFailures > 0,
);
if (missed) process.exitCode = 1;
