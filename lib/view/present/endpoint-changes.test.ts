// The endpoint-change table of the deck and the printed summary, on real runs: our Locust 2.12 runs at 20
// and 40 users (fixtures/locust-2.12-generated/smallpool-*, 14 endpoints) and, for endpoints only one run
// has, the 20-user run against the first ONS run (fixtures/locust-real/ons-srb-0011-locust1.2.3/3500mcpu).
// Figures quoted from the fixtures' _stats.csv rows (95% column; failure rate = Failure Count / Request Count).
import { describe, expect, test } from 'vitest';
import { buildCompareModel } from '../compare/model';
import { onsRuns, u20, u40, viewOf } from '../compare/test-fixtures';
import { endpointChangeTable, growthTone, headRunNames, type EndpointChangeRow } from './endpoint-changes';
import { worstEndpoints } from './slides';

const small = buildCompareModel(
  viewOf([
    { id: 'a', run: u20() },
    { id: 'b', run: u40() },
  ]),
);
const apart = buildCompareModel(
  viewOf([
    { id: 'a', run: u20() },
    { id: 'b', run: onsRuns()[0]! },
  ]),
);

/** [label, P95 baseline, P95 target, change, failure rates, new failures, failure-rate change]; tones apart. */
const cells = (r: EndpointChangeRow) => [
  r.label,
  r.p95Baseline,
  r.p95Target,
  r.p95Change.text,
  r.failureRates,
  r.newFailures,
  r.failureRateChange.text,
];
const tones = (r: EndpointChangeRow) => [r.p95Change.tone, r.failureRateChange.tone];

test.each([
  ['grew', 0.25, 'bad'],
  ['fell', -0.0366, 'ok'],
  ['unchanged', 0, 'neutral'],
  ['unknown', null, 'neutral'],
] as const)('growthTone: %s', (_, change, tone) => {
  expect(growthTone(change)).toBe(tone);
});

describe('the worst endpoints from 20 to 40 users', () => {
  const table = endpointChangeTable(small, worstEndpoints(small));

  test('headers and counts name the runs', () => {
    expect([table.baselineName, table.targetName, table.headers, table.endpointCount]).toEqual([
      '20 users',
      '40 users',
      { p95Baseline: 'P95 20 users', p95Target: 'P95 40 users' },
      14,
    ]);
  });

  test.each([
    // 0 of 59 failed, 1 of 73: failures where there were none.
    [0, ['GET /api/project/[id]/parameters/', '190 ms', '6,400 ms', '+3268%', '0% → 1.37%', true, '+1.37 pts']],
    [1, ['GET /detail_project/[id]/harga-items/', '460 ms', '6,400 ms', '+1291%', '0% → 0%', false, '0.00 pts']],
    [
      2,
      [
        'GET /detail_project/[id]/jadwal-pekerjaan/',
        '390 ms',
        '4,200 ms',
        '+977%',
        '1.96% → 2.17%',
        false,
        '+0.21 pts',
      ],
    ],
    // 3 of 59 failed, then 1 of 70: slower but failing less.
    [3, ['GET /api/v2/project/[id]/chart-data/', '330 ms', '3,300 ms', '+900%', '5.08% → 1.43%', false, '−3.66 pts']],
    [4, ['GET /detail_project/[id]/rekap-rab/', '500 ms', '4,800 ms', '+860%', '2.82% → 6.73%', false, '+3.91 pts']],
    [5, ['GET /detail_project/[id]/rincian-ahsp/', '540 ms', '4,900 ms', '+807%', '1.85% → 0%', false, '−1.85 pts']],
    [
      6,
      [
        'GET /api/project/[id]/list-pekerjaan/tree/',
        '510 ms',
        '4,600 ms',
        '+802%',
        '1.72% → 1.27%',
        false,
        '−0.46 pts',
      ],
    ],
    [7, ['POST /accounts/login/', '520 ms', '3,700 ms', '+612%', '0% → 0%', false, '0.00 pts']],
  ])('row %i, worst first: %j', (i, expected) => {
    expect(cells(table.rows[i]!)).toEqual(expected);
  });

  test.each([
    ['P95 and failure rate grew', 0, ['bad', 'bad']],
    ['P95 grew, failure rate the same', 1, ['bad', 'neutral']],
    ['P95 grew, failure rate fell', 3, ['bad', 'ok']],
  ])('tones: %s', (_, i, expected) => {
    expect(tones(table.rows[i]!)).toEqual(expected);
  });

  test('rows come in the order of the indices given; an index with no endpoint is skipped', () => {
    const rows = endpointChangeTable(small, [1, 99, 0]).rows;
    expect(rows.map((r) => [r.index, r.id, r.method, r.name])).toEqual([
      [1, '1', 'POST', '/accounts/login/'],
      [0, '0', 'GET', '/accounts/login/'],
    ]);
  });
});

describe('endpoints only one run has (20 users against the ONS 3500mcpu run)', () => {
  const table = endpointChangeTable(apart, [1, apart.endpoints.length - 1]);

  test.each([
    ['only in the baseline', 0, ['POST /accounts/login/', '520 ms', '—', '—', '0% → —', false, '—']],
    ['only in the target', 1, ['GET /submitted/thank-you/', '—', '140 ms', '—', '— → 0%', false, '—']],
  ])('%s: no change, neutral', (_, i, expected) => {
    expect(cells(table.rows[i]!)).toEqual(expected);
    expect(tones(table.rows[i]!)).toEqual(['neutral', 'neutral']);
  });
});

test.each([
  ['runs named', small, { baseline: '20 users', target: '40 users' }],
  ['runs missing', { ...small, runs: [] }, { baseline: 'baseline', target: 'target' }],
])('headRunNames: %s', (_, model, expected) => {
  expect(headRunNames(model)).toEqual(expected);
});
