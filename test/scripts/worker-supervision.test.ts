// scripts/worker-supervision.mjs: when `npm start`'s primary restarts a worker that stopped, and when it stops
// instead (workers dying right after they start, again and again); and that it refuses to start without a build
// (it used to fork a worker a second, each listening, then stopping on Next.js's missing build, until killed).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  createRestartPolicy,
  EARLY_EXIT_LIMIT,
  EARLY_EXIT_MS,
  missingBuild,
} from '../../scripts/worker-supervision.mjs';

const root = join(import.meta.dirname, '../..');
const S = 1000;

test.each([
  ['one worker dying soon after it started: restarted', [2 * S], ['restart']],
  ['three in a row within 30 s of starting: stop', [1 * S, 2 * S, 5 * S], ['restart', 'restart', 'stop']],
  [
    'an early exit, a worker that served an hour, two early: no stop',
    [S, 3600 * S, S, S],
    ['restart', 'restart', 'restart', 'restart'],
  ],
  ['exactly 30 s after listening is not early', [30 * S, 30 * S, 30 * S], ['restart', 'restart', 'restart']],
  ['29.9 s is', [29.9 * S, 29.9 * S, 29.9 * S], ['restart', 'restart', 'stop']],
])('%s', (_, livedMs, decisions) => {
  const policy = createRestartPolicy();
  let now = 1_000_000;
  const got = livedMs.map((lived) => {
    now += lived + 100;
    return policy.onWorkerExit(now - lived, now);
  });
  expect(got).toEqual(decisions);
});

test('the defaults: 3 early exits in a row, early = within 30 s', () => {
  expect([EARLY_EXIT_LIMIT, EARLY_EXIT_MS]).toEqual([3, 30_000]);
});

test('a missing build is named, with what to run', () => {
  expect(missingBuild(root, '.next-does-not-exist')).toBe(
    'no production build in .next-does-not-exist/ (no BUILD_ID): run `npm run build` first',
  );
});

test('npm start without a build stops at once, exit 1, saying so (no worker forked)', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), '-H', '127.0.0.1', '-p', '3399'], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: '.next-does-not-exist', SWARMLENS_WORKERS: '2' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('swarmlens: no production build in .next-does-not-exist/');
  expect(r.stderr).not.toContain('worker');
});
