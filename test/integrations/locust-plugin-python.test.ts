// The Locust plugin's own unit tests (integrations/locust/tests, Python's unittest, standard library only), run
// by `npm test` like every other test. They need no Locust: any python3 runs them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const PLUGIN = join(import.meta.dirname, '../../integrations/locust');

test('python3 -m unittest: the plugin’s pure parts and the CI table of the shared fixture', () => {
  const run = spawnSync('python3', ['-m', 'unittest', 'discover', '-s', 'tests', '-v'], {
    cwd: PLUGIN,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.error, 'python3 must be installed to test the Locust plugin').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  // unittest prints its count on stderr: "Ran 19 tests".
  expect(Number(/Ran (\d+) tests?/.exec(run.stderr)?.[1] ?? 0)).toBeGreaterThanOrEqual(19);
});
