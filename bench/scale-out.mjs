#!/usr/bin/env node
// `npm run bench:scale-out [-- --duration 60] [--users 24] [--kill-duration 90] [--review-users 150]`:
// two Swarmlens instances (`npm start`, one worker each) on one fresh PostgreSQL database behind HAProxy
// running deploy/haproxy.cfg, driven by Locust (bench/locustfile.py). Goals:
// - saturation: USERS reviewers that wait only for their answers, first with app2 in maintenance (one
//   instance), then both; completed requests/s (after the first 10 s) grow at least 1.2x;
// - a write through one instance is seen by the other at its next read (upload, rename, delete; 0 stale);
// - crash: the review meeting (REVIEW_USERS reviewers, 2 uploaders every 2-5 s); app1 is killed (SIGKILL)
//   half-way: no upload answered 201 is lost, and clients see at most as many failures as app1 was serving
//   requests when it died, every one of them a request app1 had accepted before.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce, cpuMsOfTree, freshDatabase, root, startServer } from './support/app-server.mjs';
import { checkCrossInstanceVisibility } from './support/cross-instance.mjs';
import { requireHaproxy, startHaproxy, waitForStatus } from './support/haproxy.mjs';
import { aggregatedRow, requireLocust, runLocust, throughputAfter } from './support/locust.mjs';
import { seedReviewProject } from './support/seed-review.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    users: { type: 'string', default: '24' },
    'kill-duration': { type: 'string', default: '90' },
    'review-users': { type: 'string', default: '150' },
  },
});
const durationS = Number(values.duration);
const killDurationS = Number(values['kill-duration']);
const basePort = Number(process.env.BENCH_PORT ?? 3600);
const MIN_THROUGHPUT_GAIN = 1.2;
const WARM_UP_S = 10;
requireLocust();
requireHaproxy();
buildOnce();

const out = join(root, '.bench', 'scale-out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const databaseUrl = await freshDatabase('postgresql', 'swarmlens_scale_out');
const instanceEnv = { SWARMLENS_WORKERS: '1', SWARMLENS_TRUSTED_PROXIES: '1' };
const startInstance = (i) => startServer({ port: basePort + i, databaseUrl, env: instanceEnv });
// Started together: the first migrates, the other waits for its advisory lock.
const apps = await Promise.all([startInstance(1), startInstance(2)]);
const haproxy = await startHaproxy({ port: basePort, instances: apps.map((a) => new URL(a.url).host) });
const result = {};
try {
  await waitForStatus(haproxy, { app1: 'UP', app2: 'UP' });
  await seedReviewProject(haproxy.url);
  const saturate = (name) =>
    measured(name, () =>
      runLocust({
        host: haproxy.url,
        users: Number(values.users),
        spawnRate: Number(values.users),
        durationS,
        prefix: join(out, name),
        userClasses: ['Reviewer'],
        env: { SWARMLENS_REVIEW_THINK_S: '0,0' },
      }),
    );
  process.stderr.write('warming both instances...\n');
  await runLocust({
    host: haproxy.url,
    users: 8,
    spawnRate: 8,
    durationS: 20,
    prefix: join(out, 'warm-up'),
    userClasses: ['Reviewer'],
    env: { SWARMLENS_REVIEW_THINK_S: '0,0' },
  });
  await haproxy.setState('app2', 'maint');
  const one = await saturate('one-instance');
  await haproxy.setState('app2', 'ready');
  await waitForStatus(haproxy, { app2: 'UP' });
  const two = await saturate('two-instances');
  const gain = one.rps && two.rps ? two.rps / one.rps : null;
  result.saturation = {
    users: Number(values.users),
    thinkTimeS: 0,
    oneInstance: one,
    twoInstances: two,
    gain,
    goal: `requests/s with 2 instances >= ${MIN_THROUGHPUT_GAIN}x 1 instance`,
    met: gain !== null && gain >= MIN_THROUGHPUT_GAIN && one.failures === 0 && two.failures === 0,
  };

  process.stderr.write('writes on one instance, reads on the other...\n');
  const visibility = await checkCrossInstanceVisibility(apps.map((a) => a.url));
  result.crossInstance = { ...visibility, goal: '0 stale reads', met: visibility.staleReads === 0 };

  result.crash = await crashTest();
} finally {
  await haproxy.stop();
  await Promise.all(apps.map((a) => a.stop()));
}
const met = Object.values(result).every((r) => r.met);
console.log(JSON.stringify({ instances: 2, workersPerInstance: 1, database: 'postgresql', ...result, met }, null, 2));
if (!met) process.exitCode = 1;

/** Runs `locust()`, with the CPU each instance used meanwhile (cores: CPU s per wall s). */
async function measured(name, locust) {
  process.stderr.write(`${name}: ${values.users} reviewers without think time for ${durationS} s...\n`);
  const cpuBefore = apps.map((a) => cpuMsOfTree(a.pid));
  const t0 = Date.now();
  await locust();
  const wallMs = Date.now() - t0;
  const prefix = join(out, name);
  const { requests, failures, medianMs, p95Ms } = aggregatedRow(prefix);
  return {
    rps: round(throughputAfter(prefix, WARM_UP_S)),
    requests,
    failures,
    medianMs,
    p95Ms,
    cpuCores: apps.map((a, i) => round((cpuMsOfTree(a.pid) - cpuBefore[i]) / wallMs)),
  };
}

async function crashTest() {
  const acked = join(out, 'acked-uploads.txt');
  writeFileSync(acked, '');
  const prefix = join(out, 'crash');
  const users = Number(values['review-users']);
  const crash = {};
  const stepStartMs = Date.now();
  process.stderr.write(`crash: ${users} reviewers and 2 uploaders for ${killDurationS} s, app1 killed half-way...\n`);
  await runLocust({
    host: haproxy.url,
    users: users + 2,
    durationS: killDurationS,
    prefix,
    env: { SWARMLENS_UPLOAD_THINK_S: '2,5', SWARMLENS_ACKED_UPLOADS: acked },
    onStart: () =>
      setTimeout(
        async () => {
          try {
            crash.servingAtKill = (await haproxy.servers()).app1.sessions;
            crash.killedAtMs = Date.now();
            apps[0].crash();
            await waitForStatus(haproxy, { app1: 'DOWN' });
            crash.markedDownAfterMs = Date.now() - crash.killedAtMs;
          } catch (e) {
            crash.error = String(e); // reported, and the goal missed
          }
        },
        (killDurationS * 1000) / 2,
      ),
  });
  // A failure a client saw: a 5xx, or a request ended by anything but its completion ('-') or its client
  // leaving ('C': Locust stopping its users at the end), e.g. 'SD': the instance died while sending the body.
  const failed = haproxy.requests.filter(
    (r) => r.acceptMs >= stepStartMs && (r.status >= 500 || !['-', 'C'].includes(r.state[0])),
  );
  const notKilledOnes = failed.filter((r) => r.server !== 'app1' || r.acceptMs > crash.killedAtMs);
  const ids = readFileSync(acked, 'utf8').split('\n').filter(Boolean);
  const statuses = await Promise.all(ids.map(async (id) => (await fetch(`${haproxy.url}/api/runs/${id}`)).status));
  const lost = ids.filter((_, i) => statuses[i] !== 200);
  const { requests, failures, p95Ms } = aggregatedRow(prefix);

  const restartedAt = Date.now();
  apps[0] = await startInstance(1);
  await waitForStatus(haproxy, { app1: 'UP' });
  return {
    reviewers: users,
    uploaders: 2,
    requests,
    p95Ms,
    app1ServingAtKill: crash.servingAtKill,
    clientFailures: failures,
    failedAtBalancer: failed.map((r) => `${r.method} ${r.path} ${r.server} ${r.status} ${r.state}`).slice(0, 20),
    failuresNotOfKilledInstance: notKilledOnes.length,
    retriedOnOtherInstance: haproxy.requests.filter((r) => r.acceptMs >= stepStartMs && r.retries > 0).length,
    markedDownAfterMs: crash.markedDownAfterMs ?? null,
    ...(crash.error ? { error: crash.error } : {}),
    uploadsAcknowledged: ids.length,
    acknowledgedUploadsLost: lost.length,
    rejoinedAfterRestartMs: Date.now() - restartedAt,
    goal: "0 acknowledged uploads lost; client failures <= requests app1 was serving, all of them app1's",
    met:
      crash.error === undefined &&
      lost.length === 0 &&
      ids.length > 0 &&
      failures <= crash.servingAtKill &&
      notKilledOnes.length === 0,
  };
}

function round(x) {
  return x === null ? null : Math.round(x * 100) / 100;
}
