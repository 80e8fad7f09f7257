// deploy/haproxy.cfg, run by Debian's HAProxy in front of two stand-in instances (plain HTTP servers):
// a GET whose instance dies before answering is answered by the other; an upload is never sent twice;
// an instance whose /api/health fails leaves the rotation, but not one that answers it slowly because it is busy;
// the client's address reaches the app.
// HAProxy missing fails the test, saying what to install.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';
const CONFIG = join(__dirname, '..', '..', 'deploy', 'haproxy.cfg');

interface StandIn {
  server: Server;
  port: number;
  healthy: boolean;
  /** How long /api/health takes to answer (ms): a busy instance's event loop answers it late. */
  healthDelayMs: number;
  /** Closes the connection of every request to /work without answering, as a killed process does. */
  dying: boolean;
  seen: { method: string; forwardedFor: string | undefined }[];
}

async function standIn(): Promise<StandIn> {
  const s = { healthy: true, healthDelayMs: 0, dying: false, seen: [] } as unknown as StandIn;
  s.server = createServer((req: IncomingMessage, res) => {
    if (req.url === '/api/health')
      return void setTimeout(() => res.writeHead(s.healthy ? 200 : 503).end(), s.healthDelayMs);
    s.seen.push({ method: req.method ?? '', forwardedFor: req.headers['x-forwarded-for'] as string | undefined });
    if (s.dying) return req.socket.destroy();
    const delayMs = req.url === '/slow' ? 2000 : 0;
    req.resume().on('end', () => setTimeout(() => res.writeHead(200).end(String(s.port)), delayMs));
  });
  await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
  s.port = (s.server.address() as AddressInfo).port;
  return s;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

let haproxy: ChildProcess;
let base: string;
let app1: StandIn;
let app2: StandIn;

beforeAll(async () => {
  if (spawnSync(HAPROXY, ['-v']).error)
    throw new Error(`HAProxy is missing at ${HAPROXY}: apt-get install -y haproxy (Debian package), or set HAPROXY`);
  [app1, app2] = [await standIn(), await standIn()];
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  haproxy = spawn(HAPROXY, ['-db', '-f', CONFIG], {
    stdio: 'ignore',
    env: {
      ...process.env,
      SWARMLENS_LB_BIND: `127.0.0.1:${port}`,
      SWARMLENS_LB_SOCKET: join(mkdtempSync(join(tmpdir(), 'swarmlens-haproxy-test-')), 'admin.sock'),
      SWARMLENS_APP_1: `127.0.0.1:${app1.port}`,
      SWARMLENS_APP_2: `127.0.0.1:${app2.port}`,
    },
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/work`)).ok) break;
    } catch (e) {
      if (i > 100) throw e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  haproxy?.kill();
  await Promise.all([app1, app2].map((a) => new Promise((r) => a?.server.close(r))));
});

const reset = () =>
  [app1, app2].forEach((a) => Object.assign(a, { healthy: true, healthDelayMs: 0, dying: false, seen: [] }));

describe('deploy/haproxy.cfg', () => {
  test('a GET whose instance dies before answering is answered by the other instance', async () => {
    reset();
    app1.dying = true;
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/work`).then((r) => r.text())));
    expect(answers).toEqual(Array(10).fill(String(app2.port)));
    expect(app1.seen.length).toBeGreaterThan(0); // it was tried first, then the request went to app2
  });

  test('an upload whose instance dies is not sent again: its client sees the failure', async () => {
    reset();
    [app1, app2].forEach((a) => (a.dying = true));
    // A 502, or the connection closed without an answer when HAProxy had reused an idle instance connection.
    const outcome = await fetch(`${base}/work`, { method: 'POST', body: 'run' }).then(
      (res) => res.status,
      () => 'closed',
    );
    expect([502, 'closed']).toContain(outcome);
    expect(app1.seen.length + app2.seen.length).toBe(1);
  });

  test('an instance whose /api/health fails leaves the rotation, and comes back when it passes', async () => {
    reset();
    app1.healthy = false;
    await new Promise((r) => setTimeout(r, 3000)); // 2 failed checks 1 s apart
    app1.seen = [];
    for (let i = 0; i < 6; i++) await fetch(`${base}/work`);
    expect(app1.seen).toEqual([]);
    app1.healthy = true;
    await new Promise((r) => setTimeout(r, 3000));
    await Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/work`)));
    expect(app1.seen.length).toBeGreaterThan(0);
  });

  test('a busy instance, whose /api/health answers seconds late, stays in rotation', async () => {
    // Two instances under 150 reviewers, one killed: the other answered its checks > 1 s late, was taken out too,
    // and the balancer answered 503 to everyone (bench:scale-out, 2026-12-07).
    reset();
    app1.healthDelayMs = 2500;
    await new Promise((r) => setTimeout(r, 6000)); // two checks or more, each answered 2.5 s late
    await Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/work`)));
    expect(app1.seen.length).toBeGreaterThan(0);
    app1.healthDelayMs = 0;
  });

  test('a crashed instance (its port closed) costs no request: they go to the other at once', async () => {
    reset();
    // app2 busy with slow requests, so that the least-connections choice favours the dead app1
    const slow = Array.from({ length: 8 }, () => fetch(`${base}/slow`).then((r) => r.status));
    await new Promise((r) => setTimeout(r, 300));
    app1.server.close();
    app1.server.closeAllConnections();
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/work`).then((r) => r.status)));
    expect(answers).toEqual(Array(20).fill(200));
    expect(await Promise.all(slow)).toEqual(Array(8).fill(200));
  });

  test("the client's address reaches the instance in X-Forwarded-For (SWARMLENS_TRUSTED_PROXIES=1)", async () => {
    reset();
    await fetch(`${base}/work`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    const seen = [...app1.seen, ...app2.seen];
    expect(seen[0]?.forwardedFor).toBe('203.0.113.9, 127.0.0.1');
  });
});
