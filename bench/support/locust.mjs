// Locust (Debian python3-locust 2.12) driving bench/locustfile.py headless, and readers of its CSV output.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { root } from './app-server.mjs';

export const LOCUST = process.env.LOCUST ?? '/usr/bin/locust';

export function requireLocust() {
  if (!existsSync(LOCUST))
    throw new Error(`no Locust at ${LOCUST}: install it (Debian: apt-get install -y python3-locust) or set LOCUST`);
}

/**
 * Runs Locust for `durationS` s against `host`; its CSV (full history) and HTML go to `${prefix}_*.csv`,
 * `${prefix}.html`. `userClasses` (e.g. ['Reviewer']) limits the locustfile's users; `env` adds variables.
 * Resolves with { pid } once Locust has written its stats; `onStart(pid)` is called once it runs.
 */
export function runLocust({ host, users, spawnRate = 10, durationS, prefix, userClasses = [], env = {}, onStart }) {
  const args = [
    '-f',
    join(root, 'bench', 'locustfile.py'),
    '--host',
    host,
    '--headless',
    '--only-summary',
    '-u',
    String(users),
    '-r',
    String(spawnRate),
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
    ...userClasses,
  ];
  const child = spawn(LOCUST, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  onStart?.(child.pid);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!existsSync(`${prefix}_stats.csv`)) reject(new Error(`locust wrote no stats (exit ${code}): ${stderr}`));
      else resolve({ pid: child.pid, exitCode: code });
    });
  });
}

function readRows(file) {
  return Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** A Locust CSV number; null when Locust wrote none ('', 'N/A'). */
export function num(v) {
  return v === undefined || v === '' || v === 'N/A' ? null : Number(v);
}

/** The Aggregated row of `${prefix}_stats.csv`: requests, failures, req/s over the whole run, latencies (ms). */
export function aggregatedRow(prefix) {
  const row = readRows(`${prefix}_stats.csv`).find((r) => r.Name === 'Aggregated');
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

/** The `count` endpoints with the highest p95 in `${prefix}_stats.csv`. */
export function worstEndpoints(prefix, count = 5) {
  return readRows(`${prefix}_stats.csv`)
    .filter((r) => r.Name !== 'Aggregated')
    .map((r) => ({
      name: `${r.Type} ${r.Name}`,
      requests: num(r['Request Count']),
      failures: num(r['Failure Count']),
      medianMs: num(r['Median Response Time']),
      p95Ms: num(r['95%']),
    }))
    .sort((a, b) => (b.p95Ms ?? 0) - (a.p95Ms ?? 0))
    .slice(0, count);
}

/** p95 (ms) of the endpoint named `name` (as the locustfile names it) in `${prefix}_stats.csv`; null if absent. */
export function endpointP95Ms(prefix, name) {
  const row = readRows(`${prefix}_stats.csv`).find((r) => r.Name === name);
  return row ? num(row['95%']) : null;
}

/** Completed requests per second between `fromS` s after the first history row and the last row
 *  (`${prefix}_stats_history.csv`, cumulative counts of the Aggregated row, one row per second). */
export function throughputAfter(prefix, fromS) {
  const rows = readRows(`${prefix}_stats_history.csv`).filter((r) => r.Name === 'Aggregated');
  if (rows.length < 2) return null;
  const t0 = Number(rows[0].Timestamp);
  const start = rows.find((r) => Number(r.Timestamp) >= t0 + fromS) ?? rows[0];
  const end = rows[rows.length - 1];
  const seconds = Number(end.Timestamp) - Number(start.Timestamp);
  if (seconds <= 0) return null;
  return (num(end['Total Request Count']) - num(start['Total Request Count'])) / seconds;
}
