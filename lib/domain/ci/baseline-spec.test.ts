// Table-driven: the one --baseline grammar, what it reads and every refusal naming what is wrong.
import { describe, expect, test } from 'vitest';
import { baselineSpecText, parseBaselineSpec, type BaselineSpec } from './baseline-spec';
import { filtersInWords, withTargetValues } from './baseline-words';

const READ: [string, BaselineSpec][] = [
  ['1', { kind: 'position', position: 1 }],
  [' 3 ', { kind: 'position', position: 3 }],
  ['runs/before', { kind: 'path', path: 'runs/before' }],
  ['a_stats.csv,a_stats_history.csv', { kind: 'path', path: 'a_stats.csv,a_stats_history.csv' }],
  ['./latest:x', { kind: 'path', path: './latest:x' }],
  ['id:run_abc', { kind: 'id', runId: 'run_abc' }],
  ['latest', { kind: 'latest', filters: {} }],
  ['latest:', { kind: 'latest', filters: {} }],
  ['latest:branch=main', { kind: 'latest', filters: { branch: 'main' } }],
  [
    'latest:branch=main, users=100 ,go=Release gate',
    { kind: 'latest', filters: { branch: 'main', users: 100, go: 'Release gate' } },
  ],
  ['latest:tag=nightly,tag=eu', { kind: 'latest', filters: { tags: ['nightly', 'eu'] } }],
  [
    'latest:environment=staging,profile=smoke,users=12.5',
    { kind: 'latest', filters: { environment: 'staging', profile: 'smoke', users: 12.5 } },
  ],
  ['latest:branch=feature/a=b', { kind: 'latest', filters: { branch: 'feature/a=b' } }],
  [
    'latest:branch=main,users=same,profile=same,go=SET',
    { kind: 'latest', filters: { branch: 'main', go: 'SET', same: ['profile', 'users'] } },
  ],
  ['latest:environment=same,branch=same', { kind: 'latest', filters: { same: ['branch', 'environment'] } }],
  ['latest:tag=same', { kind: 'latest', filters: { tags: ['same'] } }],
  ['latest:go=same', { kind: 'latest', filters: { go: 'same' } }],
  ['rule:nightly', { kind: 'rule', name: 'nightly' }],
  ['rule: main-go.v2_x ', { kind: 'rule', name: 'main-go.v2_x' }],
  [`rule:a${'b'.repeat(62)}`, { kind: 'rule', name: `a${'b'.repeat(62)}` }],
];

const REFUSED: [string, RegExp][] = [
  ['', /empty/],
  ['   ', /empty/],
  ['0', /count from 1/],
  ['id:', /needs a run id/],
  ['id:a b', /no space or comma/],
  ['latest:branch', /branch needs a value/],
  ['latest:branch=', /branch needs a value/],
  ['latest:branch= ,users=1', /branch needs a value/],
  ['latest:colour=red', /unknown key "colour"/],
  ['latest:=main', /not KEY=VALUE/],
  ['latest:branch=main,', /not KEY=VALUE/],
  ['latest:branch=a,branch=b', /branch is given twice/],
  ['latest:users=many', /users must be a positive number, not "many"/],
  ['latest:users=0', /users must be a positive number/],
  ['latest:users=-5', /users must be a positive number/],
  ['latest:go=a\u0007b', /go holds a control character/],
  ['latest:users=same,users=5', /users is given twice/],
  ['latest:profile=smoke,profile=same', /profile is given twice/],
  ['latest:users=same,users=same', /users is given twice/],
  ['rule:', /needs a rule name/],
  ['rule:Nightly', /rule:Nightly: a rule name is 1 to 63 lower-case/],
  ['rule:-x', /a rule name is/],
  ['rule:a b', /a rule name is/],
  [`rule:a${'b'.repeat(63)}`, /a rule name is/],
  ['x'.repeat(2001), /over 2000 characters/],
];

describe('parseBaselineSpec', () => {
  test.each(READ)('%j', (text, expected) => {
    expect(parseBaselineSpec(text)).toEqual(expected);
  });
  test.each(REFUSED)('refuses %j', (text, message) => {
    expect(() => parseBaselineSpec(text)).toThrow(message);
  });
  test('the text again reads back the same', () => {
    for (const [text] of READ) {
      const spec = parseBaselineSpec(text);
      expect(parseBaselineSpec(baselineSpecText(spec))).toEqual(spec);
    }
  });
  test('filters in words', () => {
    const spec = parseBaselineSpec('latest:branch=main,users=100,go=Release,tag=a,tag=b');
    expect(spec.kind === 'latest' && filtersInWords(spec.filters)).toBe(
      'on branch main tagged a and b with 100 users judged GO by criteria set Release',
    );
  });
  test('same: the text keeps it; the target gives the values, null ones in words', () => {
    const spec = parseBaselineSpec('latest: users=same , branch=main,profile=same');
    expect(baselineSpecText(spec)).toBe('latest:branch=main,profile=same,users=same');
    if (spec.kind !== 'latest') throw new Error('latest expected');
    const target = { branch: 'feature/x', environment: null, profile: null, userCount: 40 };
    const concrete = withTargetValues(spec.filters, target);
    expect(concrete).toEqual({ branch: 'main', profile: null, users: 40 });
    expect(filtersInWords(concrete)).toBe('on branch main without a profile with 40 users');
  });
});
