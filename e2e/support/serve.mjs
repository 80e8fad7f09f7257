// Builds the app (unless SKIP_BUILD=1) and serves it twice on fresh SQLite databases for the e2e
// tests: open (no access control) on PORT, and with SWARMLENS_ADMIN_SECRET set on PORT+1. The
// secured one starts once the open one answers, so waiting for it waits for both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const E2E_ADMIN_SECRET = 'e2e-admin-secret';

const port = Number(process.argv[2] ?? '3210');
const freshDb = () => `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-e2e-')), 'e2e.db')}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-e2e' };
delete env.SWARMLENS_ADMIN_SECRET;
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) {
  console.error(
    'e2e: no Chromium at /usr/bin/chromium and CHROMIUM_PATH is not set; install it (Debian: ' +
      'apt-get install -y chromium) or run `npx playwright install chromium` where downloads work',
  );
}
if (process.env.SKIP_BUILD !== '1') {
  // The build must print no warning (Next.js marks them with ⚠): CI fails on one, as on a failed build.
  const build = spawnSync('npx', ['next', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env, encoding: 'utf8' });
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  if (build.status !== 0) process.exit(build.status ?? 1);
  // One notice is about the machine, not the code: a fresh clone on CI (CI=true) has no .next cache yet.
  const aboutTheMachine = /No build cache found/;
  const warnings = `${build.stdout}\n${build.stderr}`
    .split('\n')
    .filter((line) => /⚠|\bwarn(ing)?\b/i.test(line) && !aboutTheMachine.test(line));
  if (warnings.length > 0) {
    console.error(`e2e: next build printed ${warnings.length} warning line(s):\n${warnings.join('\n')}`);
    process.exit(1);
  }
}

const servers = [];
function start(p, extraEnv) {
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(p)], {
    stdio: 'inherit',
    env: { ...env, DATABASE_URL: freshDb(), ...extraEnv },
  });
  server.on('exit', (code) => {
    for (const s of servers) s.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  servers.push(server);
}

async function answers(p) {
  try {
    return (await fetch(`http://127.0.0.1:${p}/api/health`)).ok;
  } catch {
    return false;
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
start(port, {});
while (!(await answers(port))) await new Promise((r) => setTimeout(r, 250));
start(port + 1, { SWARMLENS_ADMIN_SECRET: E2E_ADMIN_SECRET });
