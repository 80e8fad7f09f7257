#!/usr/bin/env node
// `npm run bench:load [-- --db sqlite|postgresql|both] [--duration 180]`: Locust (Debian python3-locust)
// against the production build, on a fresh seeded database: bench/locustfile.py with 100 users for
// DURATION s, then 150 users for DURATION s on the same server. Prints failures, median and p95 per
// step and the server's peak memory; goals: 0 failures, p95 < 500 ms at 100 users, < 1 s at 150.
// At 150 users the runs list (/runs, and / which redirects to it) has a p95 no higher than a run page's.
// Locust's own output (CSV with full history, HTML) is kept in .bench/load/<db>/ for `npm run demo:load`.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce, freshDatabase, root, startServer } from './support/app-server.mjs';
import { aggregatedRow, endpointP95Ms, requireLocust, runLocust, worstEndpoints } from './support/locust.mjs';
import { seedReviewProject } from './support/seed-review.mjs';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'both' }, duration: { type: 'string', default: '180' } },
});
const kinds = values.db === 'both' ? ['sqlite', 'postgresql'] : [values.db];
const durationS = Number(values.duration);
const port = Number(process.env.BENCH_PORT ?? 3500);
const STEPS = [
  { users: 100, p95LimitMs: 500 },
  { users: 150, p95LimitMs: 1000 },
];
requireLocust();

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
      await runLocust({ host: server.url, users: step.users, durationS, prefix });
      results.push({
        db: kind,
        ...step,
        ...aggregatedRow(prefix),
        worst: worstEndpoints(prefix),
        runsList: runsListAgainstRunPage(prefix),
        serverPeakRssMb: Math.round(server.peakRssMb()),
      });
    }
  } finally {
    await server.stop();
  }
}

const steps = results.map((r) => ({
  ...r,
  goal: `0 failures, p95 < ${r.p95LimitMs} ms${r.users === 150 ? "; the runs list's p95 <= a run page's" : ''}`,
  met:
    r.failures === 0 &&
    r.p95Ms !== null &&
    r.p95Ms < r.p95LimitMs &&
    (r.users !== 150 || r.runsList.withinRunPage === true),
}));
console.log(JSON.stringify({ durationS, thinkTimeS: '1-5 (reviewers), 10-20 (2 uploaders)', steps }, null, 2));
if (steps.some((s) => !s.met)) process.exitCode = 1;

/** p95 (ms) of the runs list, reached directly and from / (redirect included), against a run page's. */
function runsListAgainstRunPage(prefix) {
  const runsP95Ms = endpointP95Ms(prefix, '/runs');
  const homeP95Ms = endpointP95Ms(prefix, '/ (redirects to /runs)');
  const runPageP95Ms = endpointP95Ms(prefix, '/runs/[id]');
  const known = [runsP95Ms, homeP95Ms, runPageP95Ms].every((x) => x !== null);
  return {
    runsP95Ms,
    homeP95Ms,
    runPageP95Ms,
    withinRunPage: known ? runsP95Ms <= runPageP95Ms && homeP95Ms <= runPageP95Ms : null,
  };
}
