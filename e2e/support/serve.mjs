// Builds the app (unless SKIP_BUILD=1) and serves it on a fresh SQLite database for the e2e tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.argv[2] ?? '3210';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-e2e', DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-e2e-')), 'e2e.db')}` };
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) {
  console.error('e2e: no Chromium at /usr/bin/chromium and CHROMIUM_PATH is not set; install it (Debian: apt-get install -y chromium) or run `npx playwright install chromium` where downloads work');
}
if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
