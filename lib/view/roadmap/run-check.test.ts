import { describe, expect, test } from 'vitest';
import type { CriterionResult } from '../../domain/criteria/types';
import type { ItemRunCheck, LinkedCriterion } from '../../domain/roadmap/types';
import { runCheckView } from './run-check';

const p95: LinkedCriterion = {
  id: 'c1',
  setId: 's',
  setName: 'Production @100 users',
  metric: 'p95Ms',
  scope: 'aggregate',
  op: '<',
  target: 2000,
};
const rate: LinkedCriterion = {
  id: 'c2',
  setId: 's2',
  setName: 'Any',
  metric: 'successRate',
  scope: 'aggregate',
  op: '>=',
  target: 0.97,
};
const linked = { c1: p95, c2: rate };
const result = (
  c: LinkedCriterion,
  current: number,
  met: boolean,
  extra: Partial<CriterionResult> = {},
): CriterionResult => ({ metric: c.metric, scope: c.scope, op: c.op, target: c.target, current, met, ...extra });
const check = (outcome: ItemRunCheck['outcome'], criteria: ItemRunCheck['criteria']): ItemRunCheck => ({
  itemId: 'i',
  run: { runId: 'r', label: 'retest', startTime: null },
  criteria,
  outcome,
});

describe('runCheckView', () => {
  test.each([
    [
      'every criterion met',
      check('meets-all', [
        { criterionId: 'c1', setName: 'P', result: result(p95, 870, true), outOfScope: null },
        { criterionId: 'c2', setName: 'Any', result: result(rate, 0.99, true), outOfScope: null },
      ]),
      'retest meets every linked criterion.',
      'ok',
      [
        ['met', 'p95 (aggregate) 870 ms vs < 2,000 ms', null],
        ['met', 'success rate (aggregate) 99% vs ≥ 97%', null],
      ],
    ],
    [
      'one missed',
      check('fails', [
        { criterionId: 'c1', setName: 'P', result: result(p95, 9000, false), outOfScope: null },
        { criterionId: 'c2', setName: 'Any', result: result(rate, 0.99, true), outOfScope: null },
      ]),
      'retest misses 1 of 2 linked criteria.',
      'bad',
      [
        ['not-met', 'p95 (aggregate) 9,000 ms vs < 2,000 ms', null],
        ['met', 'success rate (aggregate) 99% vs ≥ 97%', null],
      ],
    ],
    [
      'a set that does not judge the run',
      check('not-judged', [
        {
          criterionId: 'c1',
          setName: 'P',
          result: null,
          outOfScope: 'Production @100 users applies to 100-user runs; this run has 50 users',
        },
      ]),
      'retest does not count for this item: not every linked criterion judges it.',
      'neutral',
      [
        [
          'unknown',
          'p95 < 2,000 ms (aggregate)',
          'Production @100 users applies to 100-user runs; this run has 50 users',
        ],
      ],
    ],
    [
      'too few requests',
      check('not-judged', [
        {
          criterionId: 'c1',
          setName: 'P',
          result: result(p95, 870, true, {
            judged: false,
            reason: 'all requests: 12 requests, fewer than 100: not judged',
          }),
          outOfScope: null,
        },
      ]),
      'retest does not count for this item: not every linked criterion judges it.',
      'neutral',
      [['unknown', 'p95 (aggregate) 870 ms vs < 2,000 ms', 'all requests: 12 requests, fewer than 100: not judged']],
    ],
  ] as const)('%s', (_what, c, outcome, tone, lines) => {
    const view = runCheckView(c, linked);
    expect([view.outcome, view.tone]).toEqual([outcome, tone]);
    expect(view.lines.map((l) => [l.mark, l.text, l.reason])).toEqual(lines);
  });
});
