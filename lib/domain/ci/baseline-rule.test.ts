// Table-driven: what a baseline rule picks, in words, and the stored latest: body made canonical.
import { describe, expect, test } from 'vitest';
import { normalRuleSpec, ruleInWords, type RuleFields } from './baseline-rule';

const rule = (fields: Partial<RuleFields>): RuleFields => ({
  kind: 'latest',
  runId: null,
  runLabel: null,
  spec: null,
  lastN: null,
  ...fields,
});

describe('ruleInWords', () => {
  test.each([
    [rule({ kind: 'pinned', runId: 'run_1', runLabel: 'release 1.4' }), 'always run “release 1.4”'],
    [rule({ kind: 'pinned', runId: 'run_1' }), 'always run run_1, which has been deleted'],
    [
      rule({ kind: 'median' }),
      'the run with the median P95 of the last 5 runs before the target in its era (same user count, history branch)',
    ],
    [rule({ kind: 'median', lastN: 1 }), expect.stringContaining('of the last 1 run before')],
    [rule({ spec: '' }), 'the newest run before the target'],
    [
      rule({ spec: 'branch=main,profile=same,users=same,go=Release' }),
      'the newest run before the target on branch main judged GO by criteria set Release ' +
        "with the target's profile and user count",
    ],
    [
      rule({ spec: 'branch=same,environment=same,profile=same' }),
      "the newest run before the target with the target's branch, environment and profile",
    ],
  ])('%j', (fields, words) => {
    expect(ruleInWords(fields)).toEqual(words);
  });
});

describe('normalRuleSpec', () => {
  test.each([
    ['latest:users=same, branch=main', 'branch=main,users=same'],
    ['latest', ''],
    ['', ''],
    ['go=Release gate,profile=smoke', 'profile=smoke,go=Release gate'],
  ])('%j -> %j', (text, body) => {
    expect(normalRuleSpec(text)).toBe(body);
  });
  test.each([
    ['colour=red', /unknown key "colour"/],
    ['users=0', /users must be a positive number/],
  ])('refuses %j', (text, message) => {
    expect(() => normalRuleSpec(text)).toThrow(message);
  });
});
