// scripts/warm-up.mjs against a stand-in for Next.js's server: the worker renders the pages people open first to
// itself, through a listener of its own, with a token no request from outside can carry; then it is ready.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import * as lib from '../../lib/server/auth/warm-up';
import {
  installWarmUp,
  WARM_UP_HEADER,
  WARM_UP_ROUNDS,
  WARM_UP_STATE,
  warmUpEnabled,
  warmUpPaths,
  type WarmUpSummary,
} from '../../scripts/warm-up.mjs';

const holder = globalThis as Record<symbol, unknown>;
afterEach(() => delete holder[WARM_UP_STATE]);

test('the script and the access gate name the same state and header', () => {
  expect(WARM_UP_STATE).toBe(lib.WARM_UP_STATE);
  expect(WARM_UP_HEADER).toBe(lib.WARM_UP_HEADER);
});

const run = (id: string, projectId = 'p1') => ({ id, projectId });
test.each([
  ['no run stored: the runs list', [], [], ['/runs']],
  ['one run', [run('r2')], [run('r2')], ['/runs', '/runs/r2', '/projects/p1']],
  [
    'two runs in the project: their comparison, the older one as baseline',
    [run('r2')],
    [run('r2'), run('r1')],
    ['/runs', '/runs/r2', '/compare?runs=r1,r2&baseline=r1', '/projects/p1'],
  ],
])('%s', (_what, newest, projectNewest, want) => {
  expect(warmUpPaths(newest, projectNewest)).toEqual(want);
});

test('SWARMLENS_WARM_UP: on unless "off"', () => {
  expect(warmUpEnabled(undefined)).toBe(true);
  expect(warmUpEnabled('on')).toBe(true);
  expect(warmUpEnabled('off')).toBe(false);
  expect(() => warmUpEnabled('no')).toThrow(/on or off/);
});

interface Seen {
  url: string;
  token: string | undefined;
  port: number;
}

/** A stand-in for `next start`: answers the runs API with two runs of one project, every page with 200. */
function standIn(seen: Seen[]) {
  return http.createServer((req, res) => {
    const token = req.headers[WARM_UP_HEADER];
    seen.push({ url: req.url!, token: typeof token === 'string' ? token : undefined, port: req.socket.localPort! });
    if (req.url!.startsWith('/api/runs')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [run('run_b', 'prj_1'), run('run_a', 'prj_1')] }));
    } else res.end('<html></html>');
  });
}

test('a worker renders its first pages to itself with its token, then forgets the token', async () => {
  const finished = new Promise<WarmUpSummary>((resolve) => {
    const state = installWarmUp({ log: () => {}, done: resolve });
    expect(state.warming).toBe(true);
    expect(state.token).toMatch(/^[\w-]{43}$/);
  });
  const token = (holder[WARM_UP_STATE] as { token: string }).token;
  const seen: Seen[] = [];
  const server = standIn(seen);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const publicPort = (server.address() as AddressInfo).port;
  try {
    const summary = await finished;
    expect(summary.pages).toBe(
      `/runs 200, /runs/run_b 200, /compare 200, /projects/prj_1 200, ${WARM_UP_ROUNDS} rounds`,
    );
    const pages = ['/runs', '/runs/run_b', '/compare?runs=run_a,run_b&baseline=run_a', '/projects/prj_1'];
    expect(WARM_UP_ROUNDS).toBeGreaterThan(1);
    expect(seen.map((s) => s.url)).toEqual([
      '/api/runs?pageSize=1',
      '/api/runs?pageSize=2&project=prj_1',
      ...Array.from({ length: WARM_UP_ROUNDS }, () => pages).flat(),
    ]);
    for (const s of seen) {
      expect(s.token).toBe(token);
      expect(s.port).not.toBe(publicPort); // the worker's own listener, not the shared port
    }
    expect(holder[WARM_UP_STATE]).toEqual({ token: null, warming: false, holdsHealth: true });
    // From outside (the shared port), the header never reaches the app.
    const outside = await fetch(`http://127.0.0.1:${publicPort}/runs`, { headers: { [WARM_UP_HEADER]: token } });
    await outside.text();
    expect(seen.at(-1)).toMatchObject({ url: '/runs', token: undefined, port: publicPort });
  } finally {
    server.close();
  }
});

/** Raw HTTP/1.1 to `port`: the header twice, in two casings (Node joins repeated headers into one value). */
function sendTwice(port: number, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(
        `GET /runs HTTP/1.1\r\nHost: x\r\nX-Swarmlens-Warm-Up: ${token}\r\n` +
          `${WARM_UP_HEADER}: ${token}\r\nConnection: close\r\n\r\n`,
      ),
    );
    socket.on('data', () => {});
    socket.on('end', resolve);
    socket.on('error', reject);
  });
}

test('a page that fails ends the warm-up after that round: the worker is ready once the fault is gone', async () => {
  const finished = new Promise<WarmUpSummary>((resolve) => installWarmUp({ log: () => {}, done: resolve }));
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url!);
    if (req.url!.startsWith('/api/runs')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [run('run_b', 'prj_1'), run('run_a', 'prj_1')] }));
    } else {
      res.statusCode = req.url === '/runs' ? 503 : 200; // as with the database down
      res.end('<html></html>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const summary = await finished;
    expect(summary.pages).toBe('/runs 503, /runs/run_b 200, /compare 200, /projects/prj_1 200, 1 round');
    expect(seen.filter((u) => u === '/runs')).toHaveLength(1);
  } finally {
    server.close();
  }
});

test('while the worker warms up, an outside request with its token (twice) reaches the app without it', async () => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const finished = new Promise<WarmUpSummary>((resolve) => installWarmUp({ log: () => {}, done: resolve }));
  const token = (holder[WARM_UP_STATE] as { token: string }).token;
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const value = req.headers[WARM_UP_HEADER];
    seen.push({ url: req.url!, token: typeof value === 'string' ? value : undefined, port: req.socket.localPort! });
    // The warm-up's own first request waits until the outside request has been seen.
    if (req.url!.startsWith('/api/runs')) void held.then(() => res.end('{"items":[]}'));
    else res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const publicPort = (server.address() as AddressInfo).port;
    await sendTwice(publicPort, token);
    expect((holder[WARM_UP_STATE] as { warming: boolean }).warming).toBe(true);
    expect(seen.find((s) => s.port === publicPort)).toEqual({ url: '/runs', token: undefined, port: publicPort });
    release();
    await finished;
  } finally {
    server.close();
  }
});

test('a replacement worker warms up without holding the health check', () => {
  expect(installWarmUp({ holdsHealth: false, log: () => {}, budgetMs: 50 }).holdsHealth).toBe(false);
  http.createServer(); // the one the warm-up waits for (never listens: called off after the budget)
});

test('if no server listens, the warm-up is called off after its budget: no worker stays "warming"', async () => {
  const summary = await new Promise<WarmUpSummary>((resolve) =>
    installWarmUp({ budgetMs: 100, log: () => {}, done: resolve }),
  );
  expect(summary.pages).toMatch(/called off/);
  expect(holder[WARM_UP_STATE]).toMatchObject({ token: null, warming: false });
});

test('a page that does not answer in time ends the warm-up; the worker is ready all the same', async () => {
  const finished = new Promise<WarmUpSummary>((resolve) =>
    installWarmUp({ budgetMs: 300, log: () => {}, done: resolve }),
  );
  const server = http.createServer(() => {}); // never answers
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const summary = await finished;
    expect(summary.pages).toBe('/runs skipped, 1 round'); // the runs API timed out: nothing more to ask
    expect(summary.ms).toBeLessThan(2_000);
    expect(holder[WARM_UP_STATE]).toMatchObject({ token: null, warming: false });
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
