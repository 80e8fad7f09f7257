// The printed meeting summary's choices, on the meeting's 4-run comparison (lib/view/present/test-series.ts:
// fixtures/locust-2.12-series 50/100/150 users and the retest at 100 users, the target). Figures quoted
// from the fixtures' _stats.csv rows (95% column) and _failures.csv.
import { describe, expect, test } from 'vitest';
import { unpackEndpoints } from '../compare/endpoints';
import {
  changedEndpoints,
  improvementScore,
  summaryEndpointTable,
  summaryFailures,
  summaryRunColumns,
} from './summary';
import { seriesModel } from './test-series';

const series = seriesModel();

test.each([
  ['two runs', 2, 0, 1, [0, 1]],
  ['four runs: every run', 4, 0, 3, [0, 1, 2, 3]],
  ['five runs: baseline and target only', 5, 0, 4, [0, 4]],
  ['baseline after the target: load order', 6, 3, 1, [1, 3]],
])('summaryRunColumns: %s', (_, count, baseline, target, expected) => {
  expect(summaryRunColumns(count, baseline, target)).toEqual(expected);
});

test.each([
  ['P95 fell 74%', { p95Change: -0.74, failureRateChange: 0, insufficientData: false }, 0.74],
  ['failure rate fell 5 points: × 10', { p95Change: -0.1, failureRateChange: -0.05, insufficientData: false }, 0.5],
  ['worse on both: no improvement', { p95Change: 0.3, failureRateChange: 0.01, insufficientData: false }, 0],
  ['unknown changes', { p95Change: null, failureRateChange: null, insufficientData: false }, 0],
  ['too few requests to judge', { p95Change: -0.9, failureRateChange: -0.5, insufficientData: true }, 0],
])('improvementScore: %s', (_, e, score) => {
  expect(improvementScore(e)).toBeCloseTo(score, 12);
});

describe('the retest against 50 users', () => {
  test('endpoints that changed most: the four that got worse, then the most improved', () => {
    const rows = unpackEndpoints(series.endpoints, series.head.baselineIndex, series.head.targetIndex);
    const picked = changedEndpoints(series).map(({ index, direction }) => [rows[index]!.label, direction]);
    expect(picked).toEqual([
      ['GET /static/js/app.js', 'worse'], // P95 20 -> 52 ms (+160%)
      ['GET /accounts/login/', 'worse'], // 67 -> 110 ms (+64%)
      ['POST /api/project/[id]/items/save/', 'worse'], // 820 -> 910 ms (+11%)
      ['GET /dashboard/', 'worse'], // 1 failure in 541 requests, none before: +0.18 points (× 10 = 1.8%)
      ['POST /accounts/login/', 'better'], // 390 -> 100 ms (−74%)
    ]);
  });

  test.each([
    [0, ['GET /static/js/app.js', 'worse', '20 ms', '52 ms', '+160%', '0% → 0%', '0.00 pts']],
    [1, ['GET /accounts/login/', 'worse', '67 ms', '110 ms', '+64%', '0% → 0%', '0.00 pts']],
    [2, ['POST /api/project/[id]/items/save/', 'worse', '820 ms', '910 ms', '+11%', '0% → 0%', '0.00 pts']],
    [3, ['GET /dashboard/', 'worse', '1,000 ms', '930 ms', '−7%', '0% → 0.18%', '+0.18 pts']],
    [4, ['POST /accounts/login/', 'better', '390 ms', '100 ms', '−74%', '0% → 0%', '0.00 pts']],
  ])('the summary table, row %i: %j', (i, expected) => {
    const r = summaryEndpointTable(series).rows[i]!;
    const cells = [r.p95Baseline, r.p95Target, r.p95Change.text, r.failureRates, r.failureRateChange.text];
    expect([r.label, r.direction, ...cells]).toEqual(expected);
  });

  test('the summary table: 5 of the 13 endpoints, P95 headers with the run names', () => {
    const table = summaryEndpointTable(series);
    expect([table.rows.length, table.endpointCount, table.headers]).toEqual([
      5,
      13,
      { p95Baseline: 'P95 50 users', p95Target: 'P95 retest 100 users' },
    ]);
  });

  test('at most `count`, worse first even when only worse ones fit', () => {
    expect(changedEndpoints(series, 2).map((e) => e.direction)).toEqual(['worse', 'worse']);
  });

  test('failures: 6 of the 15 messages of the four runs, the new one first', () => {
    const { ids, total } = summaryFailures(series);
    expect(total).toBe(15);
    expect(ids).toHaveLength(6);
    const first = series.failureDiffs.find((r) => r.id === ids[0])!;
    expect([first.status, first.label, first.example]).toEqual([
      'new',
      'GET /dashboard/',
      "HTTPError('500 Server Error: Internal Server Error for url: /dashboard/')",
    ]);
  });
});
