// "Identical figures" is said of two runs exactly when their aggregate, endpoints and failures are equal, however
// the check is ordered (it compares the cheap parts first).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import type { ParsedRun } from '../locust/types';
import { headlineNotes, type RunFacts } from './headline-notes';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.csv'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const u20 = parseUpload(files).runs[0]!.run;

const facts = (name: string, run: ParsedRun): RunFacts => ({ name, run, shape: 'plateau', ceiling: null });
const identical = (b: ParsedRun, t: ParsedRun) =>
  headlineNotes([facts('a', b), facts('b', t)], 0, 1).some((n) => n.includes('identical figures'));
const changed = (edit: (r: ParsedRun) => void) => {
  const copy = structuredClone(u20);
  edit(copy);
  return copy;
};

test.each([
  ['the same run', u20, true],
  ['a deep copy', structuredClone(u20), true],
  ['one endpoint P95 changed', changed((r) => (r.endpoints[0]!.percentiles['95'] = 1)), false],
  ['one endpoint left out', changed((r) => r.endpoints.pop()), false],
  ['one failure message changed, aggregate equal', changed((r) => (r.failures[0]!.error = 'other')), false],
  ['the aggregate changed', changed((r) => (r.aggregated.requests += 1)), false],
])('%s: identical figures %s', (_what, target, want) => {
  expect(u20.failures.length).toBeGreaterThan(0);
  expect(identical(u20, target)).toBe(want);
});
