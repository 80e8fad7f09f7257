// Criteria evaluated on our Locust 2.12 runs (20 and 40 users). Expected values read with python3
// from fixtures/locust-2.12-generated/*/_stats.csv: Aggregated 544/552 and 759/772 successes,
// p95 1900 / 4200; /api/ endpoints: 176 req, 4 failures, worst p95 510 (20u) / 222, 3, 6400 (40u);
// GET /accounts/login/ 36 req p50 23 p95 50 / 69 req p50 17 p95 50; POST /accounts/login/ 36 / 69 req,
// p50 240 / 440; GET /accounts/logout/ 16 / 29 req.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateCriteria } from './evaluate';
import { parseCriteriaSet } from './schema';
import type { Criterion } from './types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const one = (c: Criterion, baseline = u20) => evaluateCriteria({ name: 't', criteria: [c] }, u40, baseline).results[0]!;

test('a relative gate not judged (too few requests) still reports the change, not the raw value', () => {
  const r = one({
    metric: 'medianMs',
    scope: 'aggregate',
    relative: 'baseline',
    op: '<=',
    target: 0.1,
    minRequests: 100_000,
  });
  expect(r).toMatchObject({ met: true, judged: false });
  expect(r.current).toBeCloseTo(520 / 160 - 1, 12);
});

describe('one criterion at a time (run: 40 users, baseline: 20 users)', () => {
  test.each<[string, Criterion, number | null, boolean | null]>([
    ['success rate', { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }, 759 / 772, true],
    ['aggregate p95', { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }, 4200, false],
    ['one endpoint', { metric: 'failureRate', scope: 'endpoint:POST /accounts/login/', op: '<', target: 0.1 }, 0, true],
    [
      'every method of a name (GET p50 17, POST p50 440)',
      { metric: 'medianMs', scope: 'endpoint:/accounts/login/', op: '<', target: 300 },
      440,
      false,
    ],
    ['a group: worst endpoint p95', { metric: 'p95Ms', scope: 'group:/api/', op: '<', target: 1000 }, 6400, false],
    ['a group: summed counts', { metric: 'requests', scope: 'group:/api/', op: '>=', target: 222 }, 222, true],
    // goodput = rps × successes / requests: 13.035 × 759 / 772 = 12.816 successful req/s
    // (rps 13.04 counts the 13 failures).
    [
      'goodput (successful req/s)',
      { metric: 'goodputRps', scope: 'aggregate', op: '>=', target: 13 },
      (13.035422806144089 * 759) / 772,
      false,
    ],
    [
      'throughput, failed requests included',
      { metric: 'rps', scope: 'aggregate', op: '>=', target: 13 },
      13.035422806144089,
      true,
    ],
    ['an absent endpoint', { metric: 'p95Ms', scope: 'endpoint:GET /nope', op: '<', target: 1 }, null, null],
    [
      'relative to the baseline: median +225%',
      { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 },
      520 / 160 - 1,
      false,
    ],
    [
      'relative, within the floor (GET login p95 50 -> 50)',
      {
        metric: 'p95Ms',
        scope: 'endpoint:GET /accounts/login/',
        relative: 'baseline',
        op: '<=',
        target: 0.1,
        floorMs: 50,
      },
      0,
      true,
    ],
    [
      'too few requests to judge (logout: 29 < 50)',
      { metric: 'medianMs', scope: 'endpoint:GET /accounts/logout/', op: '<', target: 100, minRequests: 50 },
      230,
      true,
    ],
  ])('%s', (_what, criterion, current, met) => {
    const r = one(criterion);
    if (current === null) expect(r.current).toBeNull();
    else expect(r.current).toBeCloseTo(current, 12);
    expect(r.met).toBe(met);
  });

  test('a relative criterion without a baseline cannot be evaluated', () => {
    const r = evaluateCriteria(
      {
        name: 't',
        criteria: [{ metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 }],
      },
      u40,
    ).results[0]!;
    expect(r).toMatchObject({ met: null, reason: 'a relative criterion needs a baseline run' });
  });
});

describe('verdicts', () => {
  const set = (severities: ('must' | 'should')[]) => ({
    name: 'Conditional GO',
    criteria: severities.map((severity, i): Criterion =>
      i === 0
        ? { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97, severity }
        : { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, severity },
    ),
  });
  test.each([
    [['must'], 'GO'],
    [['must', 'should'], 'CONDITIONAL'],
    [['must', 'must'], 'NO-GO'],
  ] as const)('%j -> %s', (severities, verdict) => {
    expect(evaluateCriteria(set([...severities]), u40).verdict).toBe(verdict);
  });

  test('the contract example file', () => {
    const parsed = parseCriteriaSet({
      name: 'Conditional GO',
      criteria: [
        { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
        { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
        { metric: 'failureRate', scope: 'endpoint:POST /accounts/login/', op: '<', target: 0.1 },
        { metric: 'p95Ms', scope: 'group:/api/', op: '<', target: 1000 },
        {
          metric: 'medianMs',
          scope: 'aggregate',
          relative: 'baseline',
          op: '<=',
          target: 0.1,
          floorMs: 50,
          minRequests: 100,
        },
      ],
    });
    const v = evaluateCriteria(parsed, u40, u20);
    expect(v.verdict).toBe('NO-GO');
    expect(v.results.map((r) => r.met)).toEqual([true, false, true, false, false]);
    expect(evaluateCriteria(parsed, u20, u20).results.map((r) => r.met)).toEqual([true, true, true, true, true]);
  });

  test.each([
    [{ name: 'x', criteria: [{ metric: 'p95', scope: 'aggregate', op: '<', target: 1 }] }, /unknown metric/],
    [{ name: 'x', criteria: [{ metric: 'p95Ms', scope: 'everything', op: '<', target: 1 }] }, /scope is aggregate/],
    [{ name: 'x', criteria: [] }, />=1 items/],
  ])('a bad file is refused: %j', (file, message) => {
    expect(() => parseCriteriaSet(file)).toThrow(message);
  });
});
