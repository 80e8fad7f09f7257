#!/usr/bin/env node
// `npm start`: the production server (`next start`, same arguments: -p PORT, -H HOST) in
// SWARMLENS_WORKERS processes sharing one port (node:cluster; default: one per CPU core, at most
// 4). A Node process renders on one core; the workers use them all. The first worker migrates the
// database before the others start (a database down at start does not stop it: it serves 503s
// and migrates on the first request once the database is back). A worker that dies is replaced.
// The primary only supervises. Each worker sets X-Forwarded-For from the connection (see
// peer-address.mjs), so the sign-in and token-guess throttles key on addresses clients cannot claim. Each worker
// renders its first pages to itself before /api/health reports it ready (warm-up.mjs; SWARMLENS_WARM_UP=off).
// Without a production build it stops at once; workers that keep dying soon after they start stop it too
// (worker-supervision.mjs), so that a supervisor sees the failure.
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { installPeerAddress, trustedProxiesFromEnv } from './peer-address.mjs';
import { installWarmUp, warmUpEnabled } from './warm-up.mjs';
import { createRestartPolicy, EARLY_EXIT_LIMIT, EARLY_EXIT_MS, missingBuild } from './worker-supervision.mjs';

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');

function workerCount() {
  const raw = process.env.SWARMLENS_WORKERS;
  if (raw === undefined || raw === '') return Math.min(availableParallelism(), 4);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SWARMLENS_WORKERS must be a whole number >= 1, got "${raw}"`);
  return n;
}

/** Idle keep-alive connections stay open 65 s (Node's default 5 s races clients that reuse a
 *  connection just as the server closes it: "connection reset by peer"), longer than the usual
 *  60 s idle timeout of load balancers in front. */
const KEEP_ALIVE_TIMEOUT_MS = '65000';

function runNextStart() {
  const args = process.argv.slice(2);
  if (!args.some((a) => a.startsWith('--keepAliveTimeout'))) args.push('--keepAliveTimeout', KEEP_ALIVE_TIMEOUT_MS);
  process.argv = [process.argv[0], NEXT_BIN, 'start', ...args];
  require(NEXT_BIN);
}

/** Young-generation size per worker: the default (16 MiB) makes a page render run ~20 scavenges;
 *  64 MiB cuts garbage-collection time (NODE_OPTIONS can still set another value). */
const WORKER_EXEC_ARGV = (process.env.NODE_OPTIONS ?? '').includes('--max-semi-space-size')
  ? []
  : ['--max-semi-space-size=64'];

const count = workerCount();
const trustedProxies = trustedProxiesFromEnv(); // a bad value stops the primary at once
const warm = warmUpEnabled(); // the same
if (!cluster.isPrimary) {
  installPeerAddress(trustedProxies);
  // A replacement for a worker that died warms up without holding the instance's health check (warm-up.mjs).
  if (warm) installWarmUp({ holdsHealth: process.env.SWARMLENS_REPLACEMENT_WORKER !== '1' });
  runNextStart();
} else {
  const noBuild = missingBuild(process.cwd());
  if (noBuild) {
    console.error(`swarmlens: ${noBuild}`);
    process.exit(1);
  }
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_EXEC_ARGV] });
  let stopping = false;
  /** worker -> when it started listening (ms) */
  const listened = new WeakMap();
  const restarts = createRestartPolicy();
  const fork = (env = {}) =>
    new Promise((resolve) => {
      const worker = cluster.fork(env);
      worker.once('listening', () => {
        listened.set(worker, Date.now());
        resolve();
      });
    });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!listened.has(worker)) {
      // It never served (port taken, bad DATABASE_URL...): restarting would only loop.
      console.error(`worker ${worker.process.pid} stopped before it could serve (${signal ?? code}); stopping`);
      process.exit(typeof code === 'number' && code !== 0 ? code : 1);
    }
    if (restarts.onWorkerExit(listened.get(worker), Date.now()) === 'stop') {
      const seconds = EARLY_EXIT_MS / 1000;
      console.error(
        `worker ${worker.process.pid} stopped (${signal ?? code}), the ${EARLY_EXIT_LIMIT}th in a row within ` +
          `${seconds} s of starting: they will not serve; stopping`,
      );
      process.exit(typeof code === 'number' && code !== 0 ? code : 1);
    }
    console.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    void fork({ SWARMLENS_REPLACEMENT_WORKER: '1' });
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 5000).unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
  await fork(); // it listens, then migrates the database as it initializes (instrumentation.ts)
  await Promise.all(Array.from({ length: count - 1 }, () => fork()));
  console.log(`swarmlens: ${count} worker processes`);
}
