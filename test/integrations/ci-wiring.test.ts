// The CI integration's wiring, read as text: every input of action.yml reaches the script (as the SWARMLENS_*
// variable it reads), every variable the action sets is one the script reads, the GitLab template runs the same
// script, and the scripts parse (bash -n, node --check). Their behaviour: e2e/ci-action.secured.spec.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const script = readFileSync(join(ROOT, 'integrations/ci/swarmlens-ci.sh'), 'utf8');
const gitlab = readFileSync(join(ROOT, 'docs/gitlab-ci-swarmlens.yml'), 'utf8');

const block = (text: string, key: string) => {
  const start = text.indexOf(`\n${key}:\n`);
  const rest = text.slice(start + key.length + 3);
  return rest.slice(0, rest.search(/\n\S/));
};
const inputs = [...block(action, 'inputs').matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
const env = [...action.matchAll(/^ {8}(SWARMLENS_[A-Z_]+|GITHUB_TOKEN): (.+)$/gm)].map((m) => ({
  name: m[1]!,
  value: m[2]!,
}));

describe('action.yml', () => {
  test('reads as a composite action with the documented inputs', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite$/m);
    expect(inputs).toEqual(
      expect.arrayContaining(['locustfile', 'host', 'users', 'server', 'token', 'criteria-set', 'baseline', 'comment']),
    );
  });
  test('every input reaches the script', () => {
    expect(inputs.filter((i) => !env.some((e) => e.value.includes(`inputs.${i}`)))).toEqual([]);
  });
  test('every variable it sets is one the script (or post-comment.mjs) reads', () => {
    const post = readFileSync(join(ROOT, 'integrations/ci/post-comment.mjs'), 'utf8');
    const unread = env.filter((e) => !script.includes(`\${${e.name}`) && !post.includes(`env.${e.name}`));
    expect(unread.map((e) => e.name)).toEqual([]);
  });
  test('runs the script from the action’s own checkout', () => {
    expect(action).toContain('bash "$GITHUB_ACTION_PATH/integrations/ci/swarmlens-ci.sh"');
  });
});

test('the GitLab template runs the same script and reports the JUnit file', () => {
  expect(gitlab).toContain('bash /opt/swarmlens/integrations/ci/swarmlens-ci.sh');
  expect(gitlab).toContain('junit: swarmlens-ci/junit.xml');
  expect(existsSync(join(ROOT, 'integrations/ci/swarmlens-ci.sh'))).toBe(true);
});

test('the scripts parse', () => {
  const bash = spawnSync('bash', ['-n', join(ROOT, 'integrations/ci/swarmlens-ci.sh')], { encoding: 'utf8' });
  expect(bash.status, bash.stderr).toBe(0);
  const node = spawnSync(process.execPath, ['--check', join(ROOT, 'integrations/ci/post-comment.mjs')], {
    encoding: 'utf8',
  });
  expect(node.status, node.stderr).toBe(0);
});
