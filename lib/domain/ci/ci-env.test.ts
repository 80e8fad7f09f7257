// Table-driven: every case of the fixture shared with the Locust plugin's Python copy
// (integrations/locust/tests/ci_env_cases.json), so the two read CI the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildOf } from '../../../cli/build-option';
import { ciMetadata, CI_RULES, type CiMetadata } from './ci-env';

interface Case {
  name: string;
  env: Record<string, string>;
  /** `build`: what `swarmlens upload` sends as the build without --build (cli/build-option.ts). */
  expected: CiMetadata & { build: string | null };
}

const fixture = join(import.meta.dirname, '../../../integrations/locust/tests/ci_env_cases.json');
const { cases } = JSON.parse(readFileSync(fixture, 'utf8')) as { cases: Case[] };

describe('CI metadata from the environment', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect({ ...ciMetadata(c.env), build: buildOf(undefined, c.env)?.build ?? null }).toEqual(c.expected);
  });

  test('every CI of the table has a case', () => {
    const named = new Set(cases.map((c) => c.expected.ci));
    expect(CI_RULES.map((r) => r.name).filter((name) => !named.has(name))).toEqual([]);
    expect(CI_RULES.map((r) => r.name)).toEqual([
      'GitHub Actions',
      'GitLab CI',
      'Buildkite',
      'CircleCI',
      'Azure Pipelines',
      'Jenkins',
    ]);
  });
});
