// One stepped run compared step by step (synthetic 50 -> 100 -> 150 users; test/support/stepped-run.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { synthetic } from '../../../test/support/stepped-run';
import { parseUpload } from '../locust/index';
import { compareSteps, NotSteppedError } from './compare-steps';
import { comparisonMarkdown } from '../report/markdown';

test('three steps become three runs: labels, users, exact counts, scaling across them', () => {
  const c = compareSteps({ id: 'run_x', run: synthetic({ full: true, reset: false }) });
  expect(c.runs.map((r) => [r.id, r.userCount])).toEqual([
    ['run_x#step1', 50],
    ['run_x#step2', 100],
    ['run_x#step3', 150],
  ]);
  expect(c.steps!.steps.map((s) => s.users)).toEqual([50, 100, 150]);
  // Requests per step are differences of the cumulative counters: they add up to the rows' totals.
  const requests = c.summary.find((s) => s.metric === 'requests')!.values;
  expect(requests).toEqual(c.steps!.steps.map((s) => s.requests));
  expect(c.scalingCurve!.points.map((p) => p.users)).toEqual([50, 100, 150]);
  expect(c.warnings[0]).toMatch(/^Steps of one run: request and failure counts are exact/);
  expect(comparisonMarkdown(c)).toContain('## Load steps of the run');
});

test('a run with one plateau is not a stepped run', () => {
  const dir = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-40u');
  const run = parseUpload(
    readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
  ).runs[0]!.run;
  expect(() => compareSteps({ id: null, run })).toThrow(NotSteppedError);
});
