// Seeds a project's history for `npm run bench:history`: RUNS runs of ENDPOINTS endpoints each (built from a
// real Locust 2.12 run, every latency with 4% noise, endpoint 1's +40% from the middle run on), stored with the
// app's own store in batches of 50 per transaction, one day apart and ending the day before that run's own
// start; then the change-point worker's passes until no job is left (a full search of every series), timed.
// Prints one JSON line.
// Run: node --conditions=react-server --import tsx bench/support/history-seed.ts URL RUNS ENDPOINTS
// (react-server: `server-only` resolves to nothing outside Next.js). DATABASE_URL is set from URL.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, runsArg, endpointsArg] = process.argv.slice(2);
if (!url || !runsArg || !endpointsArg) throw new Error('usage: history-seed.ts DATABASE_URL RUNS ENDPOINTS');
process.env.DATABASE_URL = url;
const { parseUpload } = await import('../../lib/domain/locust');
const { database } = await import('../../lib/server/db/stores');
const { historyPass } = await import('../../lib/server/services/history-worker');
import type { ParsedRun } from '../../lib/domain/locust/types';

export const HISTORY_PROJECT = 'History bench';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const base = parseUpload(files).runs[0]!.run;
const template = base.endpoints[0]!;

let seed = 19;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const noise = () => 1 + 0.04 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

function runAt(i: number, runs: number, endpoints: number): ParsedRun {
  const step = i >= runs / 2 ? 1.4 : 1;
  const rows = Array.from({ length: endpoints }, (_, k) => {
    const f = (k === 1 ? step : 1) * (1 + k / endpoints);
    const ms = (x: number | null) => (x === null ? null : Math.round(x * f * noise()));
    const percentiles = Object.fromEntries(Object.entries(template.percentiles).map(([p, v]) => [p, ms(v)]));
    return { ...template, method: 'GET', name: `/api/resource-${k}`, medianMs: ms(template.medianMs), percentiles };
  });
  // Days before the fixture's own start: the bench then uploads the fixture itself as the newest run.
  const startTime = new Date(Date.parse(base.meta.startTime!) - (runs - i) * 86_400_000).toISOString();
  return { ...base, history: null, endpoints: rows, meta: { ...base.meta, startTime } };
}

const runs = Number(runsArg);
const endpoints = Number(endpointsArg);
const db = await database();
const t0 = performance.now();
for (let i = 0; i < runs; i += 50) {
  const batch = Array.from({ length: Math.min(50, runs - i) }, (_, j) => ({
    run: runAt(i + j, runs, endpoints),
    label: `nightly ${i + j + 1}`,
    tags: [],
    notes: null,
    originals: [],
  }));
  await db.runs.createRuns(HISTORY_PROJECT, batch);
}
const storedS = (performance.now() - t0) / 1000;
const t1 = performance.now();
while (await historyPass(db, null));
const searchS = (performance.now() - t1) / 1000;
const project = await db.projects.getProject(HISTORY_PROJECT);
console.log(JSON.stringify({ projectId: project!.id, storedS, fullSearchS: searchS }));
await db.disconnect();
