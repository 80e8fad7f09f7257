// HAProxy (Debian's haproxy) running deploy/haproxy.cfg for the benchmarks: its request log (one line per
// request, as the file's log-format says) and its runtime API (server states, current sessions).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, stopChild } from './app-server.mjs';

export const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';
const CONFIG = join(root, 'deploy', 'haproxy.cfg');

export function requireHaproxy() {
  if (spawnSync(HAPROXY, ['-v']).status !== 0)
    throw new Error(`no HAProxy at ${HAPROXY}: install it (Debian: apt-get install -y haproxy) or set HAPROXY`);
}

/** One logged request: accepted at `acceptMs` (epoch ms), answered by `server` ('<NOSRV>': none) with
 *  `status` (-1: no answer) after `totalMs`, sent `retries` more times, ended with termination state `state`. */
function parseLogLine(line) {
  const m = /^(\d{13}) (\S+) (-?\d+) (-?\d+) \+?(\d+) (\S+) (\S+) (\S+)$/.exec(line);
  if (!m) return null;
  return {
    acceptMs: Number(m[1]),
    server: m[2],
    status: Number(m[3]),
    totalMs: Number(m[4]),
    retries: Number(m[5]),
    state: m[6],
    method: m[7],
    path: m[8],
  };
}

/** Starts HAProxy on `port` in front of `instances` (['127.0.0.1:3601', ...], as app1, app2). */
export async function startHaproxy({ port, instances }) {
  const socket = join(mkdtempSync(join(tmpdir(), 'swarmlens-haproxy-')), 'admin.sock');
  const env = { ...process.env, SWARMLENS_LB_BIND: `127.0.0.1:${port}`, SWARMLENS_LB_SOCKET: socket };
  instances.forEach((address, i) => (env[`SWARMLENS_APP_${i + 1}`] = address));
  const child = spawn(HAPROXY, ['-db', '-f', CONFIG], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const requests = [];
  const other = [];
  let partial = '';
  child.stdout.on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      const request = parseLogLine(line);
      if (request) requests.push(request);
      else other.push(line);
    }
  });
  child.stderr.on('data', (chunk) => other.push(String(chunk)));
  const runtime = (command) => runtimeApi(socket, command);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}: ${other.join('\n')}`);
    try {
      await runtime('show info');
      break;
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every request logged so far. */
    requests,
    /** HAProxy's other output (health-check transitions, warnings). */
    other,
    /** `ready` or `maint` for server `name` (app1, app2...). */
    setState: (name, state) => runtime(`set server instances/${name} state ${state}`),
    /** Per server: { status: 'UP'|'DOWN'|'MAINT'..., sessions: current sessions (requests it is serving) }. */
    servers: async () => {
      const csv = (await runtime('show stat')).replace(/^# /, '').trim().split('\n');
      const header = csv[0].split(',');
      const col = (row, name) => row[header.indexOf(name)];
      return Object.fromEntries(
        csv
          .slice(1)
          .map((line) => line.split(','))
          .filter((row) => col(row, 'pxname') === 'instances' && !['FRONTEND', 'BACKEND'].includes(col(row, 'svname')))
          .map((row) => [col(row, 'svname'), { status: col(row, 'status'), sessions: Number(col(row, 'scur')) }]),
      );
    },
    stop: () => stopChild(child),
  };
}

function runtimeApi(socket, command) {
  return new Promise((resolve, reject) => {
    const conn = connect(socket);
    let out = '';
    conn.on('data', (d) => (out += d));
    conn.on('end', () => resolve(out));
    conn.on('error', reject);
    conn.write(`${command}\n`);
  });
}

/** Waits until each named server has the status HAProxy's health checks give it (e.g. { app1: 'UP' }). */
export async function waitForStatus(haproxy, wanted, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const servers = await haproxy.servers();
    if (Object.entries(wanted).every(([name, status]) => servers[name]?.status.startsWith(status))) return;
    if (Date.now() > deadline)
      throw new Error(`HAProxy servers ${JSON.stringify(servers)}, wanted ${JSON.stringify(wanted)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
