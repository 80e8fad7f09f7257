// Table-driven: the one --baseline grammar, what it reads and every refusal naming what is wrong.
import { describe, expect, test } from 'vitest';
import { baselineSpecText, filtersInWords, parseBaselineSpec, type BaselineSpec } from './baseline-spec';

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
  ['rule:nightly', /not supported yet/],
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
});
