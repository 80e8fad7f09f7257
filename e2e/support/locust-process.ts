// Real Locust processes with the Swarmlens plugin (integrations/locust) for e2e/locust-plugin*.secured.spec.ts,
// and the small target they load. Locust is Debian's python3-locust in CI (apt-get install -y python3-locust);
// SWARMLENS_LOCUST_PYTHON names another interpreter. No Locust at all fails the tests, never skips them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const LOCUSTFILE = join(ROOT, 'e2e', 'support', 'locust', 'locustfile.py');

/** Ports E2E_PORT+6 to +9 (README, "Ports"): the target, Locust's web UI, its master, a silent server. */
const base = Number(process.env.E2E_PORT ?? 3210);
export const PORTS = { target: base + 6, web: base + 7, master: base + 8, silent: base + 9 };

/** The Python that imports locust: SWARMLENS_LOCUST_PYTHON, python3, or Debian's /usr/bin/python3. */
export function locustPython(): string {
  const candidates = [process.env.SWARMLENS_LOCUST_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string =>
    Boolean(p),
  );
  for (const python of candidates) {
    if (spawnSync(python, ['-c', 'import locust'], { stdio: 'ignore' }).status === 0) return python;
  }
  throw new Error(
    `no Python with Locust among ${candidates.join(', ')}: apt-get install -y python3-locust ` +
      '(or pip install locust, or set SWARMLENS_LOCUST_PYTHON)',
  );
}

/** A target: GET / answers 200, anything else 500. */
export async function startTarget(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 500, { 'Content-Type': 'text/plain' });
    res.end(req.url === '/' ? 'ok' : 'broken');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

export interface LocustRun {
  child: ChildProcess;
  /** stderr printed so far. */
  stderr: () => string;
  /** Exit code (or signal name) and everything printed. */
  done: Promise<{ code: number | string | null; stdout: string; stderr: string }>;
}

/** `python -m locust ARGS` with only PATH, HOME, PYTHONPATH (the plugin and the locustfile) and `env`, so that no
 *  CI variable of the machine leaks in. Killed after `limitS` seconds. */
export function runLocust(args: string[], env: Record<string, string>, limitS = 90): LocustRun {
  const child = spawn(locustPython(), ['-m', 'locust', '-f', LOCUSTFILE, ...args], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      LANG: 'C.UTF-8',
      PYTHONPATH: join(ROOT, 'integrations', 'locust'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitS * 1000);
  const done = new Promise<{ code: number | string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout, stderr });
    }),
  );
  return { child, done, stderr: () => stderr };
}

/** The lines the plugin printed ("swarmlens: ..."). */
export const pluginLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('swarmlens:'));

/** Request and failure counts of the Aggregated row of a Locust `_stats.csv`. */
export function aggregatedOfCsv(text: string): { requests: number; failures: number } {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const columns = header!.split(',');
  const row = rows.map((r) => r.split(',')).find((cells) => cells[1] === 'Aggregated');
  if (!row) throw new Error(`no Aggregated row in:\n${text}`);
  return {
    requests: Number(row[columns.indexOf('Request Count')]),
    failures: Number(row[columns.indexOf('Failure Count')]),
  };
}

/** Resolves when `url` answers (Locust's web UI), or throws after `limitS` seconds. */
export async function waitForHttp(url: string, limitS = 30): Promise<void> {
  const deadline = Date.now() + limitS * 1000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${limitS} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
