// The criteria file's `appliesTo` of docs/contract.md ("Criteria file"), as scripts use it: the
// documented example reads as written, `check` on a run out of scope prints the documented JSON and
// exits 0, `compare --criteria` lists the set in criteriaOutOfScope, and bad scopes are refused naming
// the field. On the real 2.12 series runs (50 and 100 users).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseCriteriaSet } from '../../lib/domain/criteria/schema';
import { expectShape, FIXTURES, ROOT, swarmlens } from './support';

const U50 = join(FIXTURES, 'locust-2.12-series/series-50u');
const U100 = join(FIXTURES, 'locust-2.12-series/series-100u');
/** The run's own Locust files (the folder also holds logs). */
const files = (dir: string, name: string) =>
  ['_stats.csv', '_stats_history.csv', '_failures.csv', '_exceptions.csv']
    .map((s) => join(dir, `${name}${s}`))
    .join(',');

const dir = mkdtempSync(join(tmpdir(), 'swarmlens-contract-criteria-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const P95 = { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 };

const appliesTo = z
  .object({
    userCount: z.number().int().optional(),
    tags: z.array(z.string()).optional(),
    labelGlob: z.string().optional(),
    profile: z.string().optional(),
  })
  .strict();
const outOfScopeVerdict = z
  .object({ verdict: z.null(), name: z.string(), results: z.array(z.never()).length(0), outOfScope: z.string() })
  .strict();

describe('Criteria file: appliesTo', () => {
  test('the documented example reads as written', () => {
    const doc = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Criteria file'));
    const example = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
    const set = parseCriteriaSet(JSON.parse(example));
    expectShape(appliesTo, set.appliesTo);
    expect(set.appliesTo).toEqual({ userCount: 100, tags: ['release'] });
  });

  test.each([
    ['every field', { userCount: 100, tags: ['release'], labelGlob: 'series-*', profile: 'nightly' }],
    ['none (every run)', {}],
    ['null (every run)', null],
  ])('accepted: %s', (_what, scope) => {
    expect(() => parseCriteriaSet({ name: 'x', appliesTo: scope, criteria: [P95] })).not.toThrow();
  });

  test.each([
    ['an unknown field', { users: 100 }, /appliesTo: Unrecognized key.*users/],
    ['a fractional user count', { userCount: 99.5 }, /appliesTo\.userCount: a whole number of users/],
    ['a glob over 200 characters', { labelGlob: '*'.repeat(201) }, /appliesTo\.labelGlob: at most 200 characters/],
    ['tags not a list', { tags: 'release' }, /appliesTo\.tags:/],
  ])('refused, naming the field: %s (exit 2)', (_what, scope, message) => {
    const r = swarmlens([
      'check',
      files(U100, 'series-100u'),
      '--criteria',
      file('bad.json', { name: 'x', appliesTo: scope, criteria: [P95] }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('check on a run out of scope: verdict null, no results, why; exit 0', () => {
    const scoped = file('scoped.json', {
      name: 'Production @100 users',
      appliesTo: { userCount: 100 },
      criteria: [P95],
    });
    const out = swarmlens(['check', files(U50, 'series-50u'), '--criteria', scoped]);
    expect(out.code).toBe(0);
    const verdict = JSON.parse(out.stdout);
    expectShape(outOfScopeVerdict, verdict);
    expect(verdict.outOfScope).toBe('Production @100 users applies to 100-user runs; this run has 50 users');
    expect(out.stderr).toContain('not judged: Production @100 users applies to 100-user runs');
    const inScope = swarmlens(['check', files(U100, 'series-100u'), '--criteria', scoped]);
    expect([inScope.code, JSON.parse(inScope.stdout).verdict]).toEqual([1, 'NO-GO']);
  });

  test('compare --criteria: a set that does not apply to the target is in criteriaOutOfScope, not criteria', () => {
    const scoped = file('scoped.json', {
      name: 'Production @100 users',
      appliesTo: { userCount: 100 },
      criteria: [P95],
    });
    const every = file('every.json', { name: 'Every run', criteria: [P95] });
    const r = swarmlens([
      'compare',
      files(U100, 'series-100u'),
      files(U50, 'series-50u'),
      '--criteria',
      scoped,
      '--criteria',
      every,
    ]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.criteria.map((s: { name: string }) => s.name)).toEqual(['Every run']);
    expectShape(z.array(z.object({ name: z.string(), appliesTo, reason: z.string() }).strict()), c.criteriaOutOfScope);
    expect(c.criteriaOutOfScope).toEqual([
      {
        name: 'Production @100 users',
        appliesTo: { userCount: 100 },
        reason: 'Production @100 users applies to 100-user runs; this run has 50 users',
      },
    ]);
  });
});
