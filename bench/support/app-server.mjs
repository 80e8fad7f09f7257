// Production build and server for the HTTP benchmarks: builds once into .next-bench (unless
// BENCH_SKIP_BUILD=1), starts `next start` on a fresh SQLite file or a fresh PostgreSQL database,
// and reads the server process's peak resident memory (VmHWM, MiB) from /proc.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = '.next-bench';
const NEXT_BIN = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
/** `npm start`: next start in one worker process per core (scripts/start.mjs). */
const START = join(root, 'scripts', 'start.mjs');
export const POSTGRES_ADMIN_URL =
  process.env.SWARMLENS_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function buildOnce() {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(root, DIST_DIR, 'BUILD_ID'))) return;
  process.stderr.write('building the production app into .next-bench...\n');
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: benchEnv(),
  });
  if (r.status !== 0) throw new Error('next build failed');
}

function benchEnv(extra = {}) {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    NODE_ENV: 'production',
    ...extra,
  };
  delete env.SWARMLENS_ADMIN_SECRET;
  return env;
}

/** A database URL for a fresh, empty database of the given kind ('sqlite' | 'postgresql'). */
export async function freshDatabase(kind, name = 'swarmlens_bench') {
  if (kind === 'sqlite') return `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-bench-db-')), 'bench.db')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${e.message}); ` +
        'start it or set SWARMLENS_TEST_POSTGRES_URL',
    );
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts the built app; resolves once /api/health answers. */
export async function startServer({ port, databaseUrl, env = {}, log = false }) {
  const child = spawn(process.execPath, [START, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: benchEnv({ DATABASE_URL: databaseUrl, ...env }),
    stdio: ['ignore', log ? 'inherit' : 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    /** Peak resident memory of the server and its child processes so far, MiB. */
    peakRssMb: () => processTree(child.pid).reduce((sum, pid) => sum + statusKb(pid, 'VmHWM'), 0) / 1024,
    /** Kills the server and its workers at once (a crash, not a shutdown): SIGKILL, the supervisor first. */
    crash: () => {
      for (const pid of processTree(child.pid))
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
    },
    stop: () => stopChild(child),
  };
}

/** SIGTERM to a child process; resolves once it has exited (at once if it already has). */
export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

function statusKb(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, ms) used so far by process `pid` and its children (/proc clock ticks):
 *  less noisy than wall time on a shared machine. */
export function cpuMsOfTree(pid) {
  const ticks = processTree(pid).reduce((sum, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}

const CLOCK_TICKS_PER_S = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function processTree(pid) {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.trim();
  const children = out ? out.split(/\s+/).map(Number) : [];
  return [pid, ...children.flatMap(processTree)];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
