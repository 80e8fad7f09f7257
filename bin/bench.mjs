#!/usr/bin/env node
// `npm run bench`: `swarmlens parse` on a 1,000,000-row full-history `_stats_history.csv`
// against a bare PapaParse pass over the same file. Prints times, the ratio and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeHistory, makeStats } from '../bench/make-history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
// A run folder as Locust writes it: the big history plus its small stats file.
const dir = join(tmpdir(), 'swarmlens-bench', `run-${rows}`);
const file = join(dir, 'bench_stats_history.csv');
mkdirSync(dir, { recursive: true });
if (!existsSync(file)) {
  process.stderr.write(`writing ${file}...\n`);
  await makeHistory(file, rows);
  writeFileSync(join(dir, 'bench_stats.csv'), makeStats());
}
const sizeMb = statSync(file).size / 1e6;

function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', join(root, 'bench/report-rss.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { s, rssMb: rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const papa = [];
const ours = [];
timed([join(root, 'bin/swarmlens.mjs'), 'parse', dir, '--json']); // warm the tsx cache
for (let i = 0; i < runs; i++) {
  papa.push(timed([join(root, 'bench/papa-bare.mjs'), file]));
  ours.push(timed([join(root, 'bin/swarmlens.mjs'), 'parse', dir, '--json']));
}
const papaS = median(papa.map((r) => r.s));
const oursS = median(ours.map((r) => r.s));
const result = {
  file: `${rows} rows, ${sizeMb.toFixed(1)} MB`,
  bareParseS: Number(papaS.toFixed(3)),
  swarmlensParseS: Number(oursS.toFixed(3)),
  ratio: Number((oursS / papaS).toFixed(3)),
  ratioLimit: 1.5,
  swarmlensPeakRssMb: Math.round(Math.max(...ours.map((r) => r.rssMb))),
  barePeakRssMb: Math.round(Math.max(...papa.map((r) => r.rssMb))),
};
console.log(JSON.stringify(result, null, 2));
if (result.ratio > result.ratioLimit) process.exitCode = 1;
