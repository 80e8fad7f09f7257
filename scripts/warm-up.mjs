// `npm start` only: before a worker is reported ready, it renders the pages people open first (the runs list, the
// newest run, its comparison with the run before it in its project, that project's page) to itself, WARM_UP_ROUNDS
// times. A fresh process runs its first renders several times slower (code not yet loaded, compiled or optimized,
// database queries not yet planned): 1.0–1.6 s for a 5,000-endpoint run page, against ~0.4 s after the warm-up.
// - The requests go to a listener of this worker alone (127.0.0.1, a port of its own), so the cluster's shared port
//   does not hand them to another worker, and carry a random token known only to this process: the access gate lets
//   them read as the viewer "warm-up (this server)" (lib/server/auth/warm-up.ts). The token header is removed from
//   every request that arrives any other way, and the token is forgotten when the warm-up ends.
// - While it warms, the worker's read cache is off (the warm-up renders code, it caches no view). While the workers
//   of a starting instance warm up, /api/health answers 503 "warming" from them, so a load balancer sends the
//   instance nothing until it is ready. A worker that replaces one that died warms up the same way but does not hold
//   health (`holdsHealth` false): the instance's other workers are serving, and one worker's 503 would take them all
//   out of rotation. The cluster gives it its share of connections as soon as it listens: they wait for the warm-up.
// - It never stops a worker: a failed or slow page is logged and skipped; after WARM_UP_BUDGET_MS it is over, and
//   if Next.js's server never listens the warm-up is called off after that budget too.
// SWARMLENS_WARM_UP=off leaves workers cold.
import { randomBytes } from 'node:crypto';
import http from 'node:http';

/** Shared with lib/server/auth/warm-up.ts (test/scripts/warm-up.test.ts checks they match). */
export const WARM_UP_STATE = Symbol.for('swarmlens.warmUp');
export const WARM_UP_HEADER = 'x-swarmlens-warm-up';
/** The whole warm-up, at most (ms); each page gets what is left. */
export const WARM_UP_BUDGET_MS = 30_000;
/** Times each page is rendered. The first render of a 5,000-endpoint comparison took ~650 ms, the second and third
 *  ~600 ms, from the fourth on ~450 ms (code optimized as it runs again, read cache off): a first visitor gets the
 *  fourth. */
export const WARM_UP_ROUNDS = 3;

/** What to render, from the newest runs (GET /api/runs, newest first) and the newest run's project's two newest. */
export function warmUpPaths(newest, projectNewest) {
  const paths = ['/runs'];
  const run = newest[0];
  if (!run) return paths;
  paths.push(`/runs/${run.id}`);
  const [latest, before] = projectNewest;
  if (latest && before) paths.push(`/compare?runs=${before.id},${latest.id}&baseline=${before.id}`);
  paths.push(`/projects/${run.projectId}`);
  return paths;
}

export function warmUpEnabled(raw = process.env.SWARMLENS_WARM_UP) {
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`SWARMLENS_WARM_UP must be on or off, got "${raw}"`);
}

/** The first HTTP server created from now on (Next.js's) is warmed up once it listens. `done(summary)` is called
 *  when the warm-up is over. */
export function installWarmUp({
  budgetMs = WARM_UP_BUDGET_MS,
  holdsHealth = true,
  log = console.log,
  done = () => {},
} = {}) {
  const state = { token: randomBytes(32).toString('base64url'), warming: true, holdsHealth };
  globalThis[WARM_UP_STATE] = state;
  const finish = (summary) => {
    if (!state.warming) return;
    state.warming = false;
    state.token = null;
    log(`swarmlens: worker ${process.pid} warmed up in ${summary.ms} ms (${summary.pages})`);
    done(summary);
  };
  const calledOff = setTimeout(() => finish({ ms: budgetMs, pages: 'called off: no server listened' }), budgetMs);
  calledOff.unref();
  const ownRequests = new WeakSet();
  const strip = (req) => {
    if (!ownRequests.has(req)) delete req.headers[WARM_UP_HEADER];
  };
  const createServer = http.createServer;
  http.createServer = function (...args) {
    http.createServer = createServer;
    const server = createServer.apply(this, args);
    server.prependListener('request', strip);
    server.prependListener('upgrade', strip);
    server.once('listening', () => {
      clearTimeout(calledOff);
      void warmUp(server, state, ownRequests, budgetMs).then(finish);
    });
    return server;
  };
  return state;
}

async function warmUp(server, state, ownRequests, budgetMs) {
  const t0 = performance.now();
  const own = http.createServer((req, res) => {
    ownRequests.add(req);
    server.emit('request', req, res);
  });
  const pages = [];
  try {
    await new Promise((resolve, reject) => {
      own.once('error', reject);
      own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve);
    });
    const base = `http://127.0.0.1:${own.address().port}`;
    const deadline = t0 + budgetMs;
    const get = (path) => getWarm(base, path, state.token, deadline);
    const runsAnswer = await get('/api/runs?pageSize=1');
    const newest = runsAnswer?.json?.items ?? [];
    const project = newest[0] ? (await get(`/api/runs?pageSize=2&project=${newest[0].projectId}`))?.json : null;
    const paths = warmUpPaths(newest, project?.items ?? []);
    for (let round = 1, over = false; round <= WARM_UP_ROUNDS && !over; round++) {
      const statuses = [];
      for (const path of paths) {
        const status = (await get(path))?.status ?? null;
        // The budget is spent, or a page failed (the database is down...): another round would warm nothing and
        // keep the worker out of rotation (health answers "warming") after the fault is gone.
        over ||= typeof status !== 'number' || status >= 400;
        statuses.push(`${path.split('?')[0]} ${status ?? 'skipped'}`);
      }
      over ||= runsAnswer?.status !== 200; // the runs could not be read: one round, as for a failed page
      pages.splice(0, pages.length, ...statuses, `${round} round${round === 1 ? '' : 's'}`);
    }
  } catch (e) {
    pages.push(`stopped: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    own.close();
  }
  return { ms: Math.round(performance.now() - t0), pages: pages.join(', ') };
}

/** GET `path` as the warm-up (not retried); null when the budget is spent. */
async function getWarm(base, path, token, deadline) {
  const leftMs = deadline - performance.now();
  if (leftMs <= 0) return null;
  try {
    const res = await fetch(`${base}${path}`, {
      headers: { [WARM_UP_HEADER]: token },
      redirect: 'manual',
      signal: AbortSignal.timeout(Math.ceil(leftMs)),
    });
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    return { status: res.status, json: isJson ? await res.json() : (await res.arrayBuffer(), null) };
  } catch (e) {
    return { status: e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'failed', json: null };
  }
}
