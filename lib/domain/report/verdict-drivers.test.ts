// Which endpoints a missed criterion names, rule by rule, on hand-made figures (the real runs are in
// meeting-verdict.test.ts).
import { describe, expect, test } from 'vitest';
import type { Criterion } from '../criteria/types';
import { driversOf, quantileOf, type EndpointFigures } from './verdict-drivers';

function ep(label: string, requests: number, failures: number, q: [number, number][], avgMs: number | null = null) {
  const quantilesMs = q.map(([qq, ms]) => ({ q: qq, ms }));
  return { label, name: label.split(' ')[1]!, requests, failures, quantilesMs, avgMs } as EndpointFigures;
}

// /export: few requests, all slow (median 2.2 s); /dashboard: many, a slow tail (P95 930 ms); /api/items/123: fast.
const ENDPOINTS = [
  ep(
    'GET /export',
    100,
    0,
    [
      [0.5, 2200],
      [0.95, 2900],
      [1, 3000],
    ],
    2300,
  ),
  ep(
    'GET /dashboard',
    1000,
    30,
    [
      [0.5, 440],
      [0.95, 930],
      [1, 1900],
    ],
    480,
  ),
  ep(
    'GET /api/items/123',
    500,
    10,
    [
      [0.5, 90],
      [0.95, 400],
      [1, 2100],
    ],
    110,
  ),
  ep(
    'GET /api/items/456',
    400,
    0,
    [
      [0.5, 95],
      [0.95, 380],
      [1, 900],
    ],
    100,
  ),
];

const c = (metric: string, op: Criterion['op'], target: number, scope = 'aggregate', more: Partial<Criterion> = {}) =>
  ({ metric, scope, op, target, ...more }) as Criterion;
const named = (criterion: Criterion) =>
  driversOf(criterion, ENDPOINTS).named?.map((d) => `${d.label} ${d.figure}`) ?? null;
const BOTH = ['GET /dashboard 30 of 40 failures', 'GET /api/items/123 10 of 40 failures'];

describe('latency upper bounds: the endpoints whose own value misses, most requests beyond the target first', () => {
  test.each<[string, Criterion, string[] | null]>([
    // /export: ≥ 50 of 100 beyond 800 ms; /dashboard: ≥ 5% of 1,000 = 50, then the higher value first.
    ['P95 < 800 ms', c('p95Ms', '<', 800), ['GET /export 2,900 ms', 'GET /dashboard 930 ms']],
    ['P95 < 1,000 ms: only the export', c('p95Ms', '<', 1000), ['GET /export 2,900 ms']],
    ['median < 300 ms', c('medianMs', '<', 300), ['GET /dashboard 440 ms', 'GET /export 2,200 ms']],
    [
      'max ≤ 2,000 ms: at least one request each',
      c('maxMs', '<=', 2000),
      ['GET /export 3,000 ms', 'GET /api/items/123 2,100 ms'],
    ],
    ['average < 200 ms: by requests', c('avgMs', '<', 200), ['GET /dashboard 480 ms', 'GET /export 2,300 ms']],
    [
      'a group, ids folded: /api/items/[id]',
      c('maxMs', '<', 1000, 'group:/api/items/[id]'),
      ['GET /api/items/123 2,100 ms'],
    ],
    ['a percentile the figures lack names nobody', c('p99Ms', '<', 800), null],
    ['a lower bound on latency names nobody', c('p95Ms', '>', 10), null],
    ['a relative gate names nobody', c('p95Ms', '<=', 0.1, 'aggregate', { relative: 'baseline' }), null],
    ['an endpoint scope is its own driver', c('p95Ms', '<', 800, 'endpoint:GET /export'), null],
  ])('%s', (_what, criterion, expected) => expect(named(criterion)).toEqual(expected));

  test('nobody misses it alone (an aggregate median can, from the mix): said, not silent', () => {
    expect(driversOf(c('medianMs', '<', 2500), ENDPOINTS)).toEqual({
      named: [],
      more: 0,
      note: 'no endpoint misses it on its own: the mix of requests does',
    });
  });
});

describe('failure bounds: the endpoints with failures, most first, with their share', () => {
  test.each<[string, Criterion, string[] | null]>([
    ['failure rate < 1%', c('failureRate', '<', 0.01), BOTH],
    ['failures ≤ 0', c('failures', '<=', 0), BOTH],
    ['success rate ≥ 99%', c('successRate', '>=', 0.99), BOTH],
    [
      'in a group: its own failures only',
      c('failures', '<', 1, 'group:/api/'),
      ['GET /api/items/123 10 of 10 failures'],
    ],
    ['throughput names nobody', c('rps', '>=', 100), null],
    ['goodput names nobody', c('goodputRps', '>=', 100), null],
  ])('%s', (_what, criterion, expected) => expect(named(criterion)).toEqual(expected));
});

test('at most three named, the rest counted', () => {
  const many = Array.from({ length: 5 }, (_, i) => ep(`GET /e${i}`, 100, 5 - i, [[0.5, 10]]));
  expect(driversOf(c('failures', '<', 1), many)).toMatchObject({
    more: 2,
    named: [{ label: 'GET /e0' }, { label: 'GET /e1' }, { label: 'GET /e2' }],
  });
});

test("without the judged run's endpoints (load steps judged as their whole run), nobody is named", () => {
  expect(driversOf(c('p95Ms', '<', 800), null)).toEqual({ named: null, more: 0, note: null });
});

const QUANTILES = [
  ['medianMs', 0.5],
  ['p95Ms', 0.95],
  ['p99.9Ms', 0.999],
  ['maxMs', 1],
  ['avgMs', null],
  ['rps', null],
] as const;
test.each(QUANTILES)('quantileOf(%s) = %s', (metric, q) =>
  q === null ? expect(quantileOf(metric)).toBeNull() : expect(quantileOf(metric)).toBeCloseTo(q, 9),
);
