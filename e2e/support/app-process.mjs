// The built app (.next-e2e) as its own `npm start` process (scripts/start.mjs, one worker), for
// fault tests that kill it, start it without its database, or run it as another user. The
// process leads its own group: kill() reaches the primary and its worker.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const DIST_DIR = '.next-e2e';

/** Ports for fault-test servers: 10 above the e2e servers' (E2E_PORT, default 3210). */
export const faultPort = (n) => Number(process.env.E2E_PORT ?? 3210) + 10 + n;

/** Starts the app on `port` with `databaseUrl`; resolves once it answers /api/health
 *  (`until: 'healthy'`: with 200; `'answering'`: with any status). `obeyFileModes`: root without the
 *  capabilities that override file permissions (setpriv's bounding set; needs root), so a file or folder
 *  without its owner's write bit cannot be written. Not another user: the checkout may sit in a folder
 *  only root can enter (a home folder, as in CI), which another user could not even read the app from. */
export async function startApp({ port, databaseUrl, obeyFileModes = false, until = 'healthy', env = {} }) {
  if (!existsSync(join(root, DIST_DIR, 'BUILD_ID')))
    throw new Error(`no build in ${DIST_DIR}: run the e2e tests through Playwright (it builds first)`);
  const childEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    SWARMLENS_WORKERS: '1',
    DATABASE_URL: databaseUrl,
  };
  delete childEnv.SWARMLENS_ADMIN_SECRET;
  delete childEnv.SWARMLENS_TRUSTED_PROXIES;
  Object.assign(childEnv, env);
  const node = [process.execPath, join(root, 'scripts', 'start.mjs'), '-H', '127.0.0.1', '-p', String(port)];
  const [cmd, ...args] = obeyFileModes
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--', ...node]
    : node;
  const child = spawn(cmd, args, { cwd: root, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk) => (log = (log + chunk).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const url = `http://127.0.0.1:${port}`;
  const app = {
    url,
    pid: child.pid,
    log: () => log,
    /** Signals the whole process group; resolves when the primary has exited. */
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          /* already gone */
        }
      }
      await exited;
      await waitPortFree(port);
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before it answered:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (until === 'answering' || res.ok) return app;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await app.kill('SIGKILL');
      throw new Error(
        `the app did not answer /api/health${until === 'healthy' ? ' with 200' : ''} within 60 s:\n${log}`,
      );
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitPortFree(port) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
