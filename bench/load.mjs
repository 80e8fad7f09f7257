#!/usr/bin/env node
// `npm run bench:load [-- --db sqlite|postgresql|both] [--duration 180]`: Locust (Debian python3-locust)
// against the production build, on a fresh seeded database: bench/locustfile.py with 100 users for
// DURATION s, then 150 users for DURATION s on the same server. Prints failures, median and p95 per
// step and the server's peak memory; goals: 0 failures, p95 < 500 ms at 100 users, < 1 s at 150.
// Locust's own output (CSV with full history, HTML) is kept in .bench/load/<db>/ for `npm run demo:load`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { buildOnce, freshDatabase, root, startServer } from './support/app-server.mjs';
import { seedReviewProject } from './support/seed-review.mjs';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'both' }, duration: { type: 'string', default: '180' } },
});
const kinds = values.db === 'both' ? ['sqlite', 'postgresql'] : [values.db];
const durationS = Number(values.duration);
const port = Number(process.env.BENCH_PORT ?? 3500);
const LOCUST = process.env.LOCUST ?? '/usr/bin/locust';
const STEPS = [
  { users: 100, p95LimitMs: 500 },
  { users: 150, p95LimitMs: 1000 },
];
if (!existsSync(LOCUST))
  throw new Error(`no Locust at ${LOCUST}: install it (Debian: apt-get install -y python3-locust) or set LOCUST`);

buildOnce();
const results = [];
for (const kind of kinds) {
  const out = join(root, '.bench', 'load', kind);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const server = await startServer({ port, databaseUrl: await freshDatabase(kind, 'swarmlens_load') });
  try {
    await seedReviewProject(server.url);
    for (const step of STEPS) {
      const prefix = join(out, `${step.users}u`);
      process.stderr.write(`${kind}: ${step.users} users for ${durationS} s...\n`);
      const r = spawnSync(
        LOCUST,
        [
          '-f',
          join(root, 'bench', 'locustfile.py'),
          '--host',
          server.url,
          '--headless',
          '--only-summary',
          '-u',
          String(step.users),
          '-r',
          '10',
          '-t',
          `${durationS}s`,
          '--stop-timeout',
          '10',
          '--csv',
          prefix,
          '--csv-full-history',
          '--html',
          `${prefix}.html`,
          '--loglevel',
          'WARNING',
        ],
        { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      if (!existsSync(`${prefix}_stats.csv`))
        throw new Error(`locust wrote no stats (exit ${r.status}): ${r.stderr.slice(-2000)}`);
      results.push({
        db: kind,
        ...step,
        ...aggregatedRow(`${prefix}_stats.csv`),
        worst: worstEndpoints(`${prefix}_stats.csv`),
        serverPeakRssMb: Math.round(server.peakRssMb()),
      });
    }
  } finally {
    await server.stop();
  }
}

const steps = results.map((r) => ({
  ...r,
  goal: `0 failures, p95 < ${r.p95LimitMs} ms`,
  met: r.failures === 0 && r.p95Ms !== null && r.p95Ms < r.p95LimitMs,
}));
console.log(JSON.stringify({ durationS, thinkTimeS: '1-5 (reviewers), 10-20 (2 uploaders)', steps }, null, 2));
if (steps.some((s) => !s.met)) process.exitCode = 1;

function readRows(file) {
  return Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

function num(v) {
  return v === undefined || v === '' || v === 'N/A' ? null : Number(v);
}

function aggregatedRow(file) {
  const row = readRows(file).find((r) => r.Name === 'Aggregated');
  return {
    requests: num(row['Request Count']),
    failures: num(row['Failure Count']),
    rps: num(row['Requests/s']),
    medianMs: num(row['Median Response Time']),
    p95Ms: num(row['95%']),
    p99Ms: num(row['99%']),
    maxMs: num(row['Max Response Time']),
  };
}

function worstEndpoints(file) {
  return readRows(file)
    .filter((r) => r.Name !== 'Aggregated')
    .map((r) => ({
      name: `${r.Type} ${r.Name}`,
      requests: num(r['Request Count']),
      failures: num(r['Failure Count']),
      medianMs: num(r['Median Response Time']),
      p95Ms: num(r['95%']),
    }))
    .sort((a, b) => (b.p95Ms ?? 0) - (a.p95Ms ?? 0))
    .slice(0, 5);
}
