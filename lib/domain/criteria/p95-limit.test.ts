import { expect, test } from 'vitest';
import { p95LimitOf } from './p95-limit';

test('the P95 limit from criteria sets: the strictest absolute aggregate p95Ms < / <= target', () => {
  const c = (metric: string, scope: string, op: '<' | '<=' | '>', target: number, relative?: 'baseline') => ({
    metric,
    scope,
    op,
    target,
    ...(relative ? { relative } : {}),
  });
  expect(
    p95LimitOf([
      {
        criteria: [
          c('p95Ms', 'aggregate', '<=', 1500),
          c('p95Ms', 'endpoint:GET /a', '<', 200),
          c('p95Ms', 'aggregate', '<', 0.1, 'baseline'),
        ],
      },
      {
        criteria: [
          c('p95Ms', 'aggregate', '<', 1200),
          c('p99Ms', 'aggregate', '<', 900),
          c('rps', 'aggregate', '>', 5),
        ],
      },
    ]),
  ).toBe(1200);
  expect(p95LimitOf([{ criteria: [c('p99Ms', 'aggregate', '<', 900)] }])).toBeNull();
  expect(p95LimitOf([])).toBeNull();
});
