// The compare page's data on real runs: our Locust 2.12 runs at 20 and 40 users (smallpool) and the
// ONS eq-survey-runner series (Locust 1.2.3, 1/10/15/80 users, 145 endpoints). Expected figures are
// read from the fixtures' _stats.csv rows (quoted next to each check).
import { describe, expect, test } from 'vitest';
import { compareRuns } from '../../domain/analysis/compare-runs';
import {
  failingEndpoints,
  failureSignificance,
  filterEndpoints,
  heldUpEndpoints,
  latencyEndpoints,
  packEndpoints,
  slowestEndpoints,
  unpackEndpoints,
} from './endpoints';
import { headlineRows, significanceLine } from './headline';
import { heatCellLabel, heatCellText, heatmapRows, heatStep } from './heatmap';
import { buildCompareModel } from './model';
import { percentileChartRows } from './percentiles';
import { scalingBars, scalingSentence } from './scaling';
import { onsRuns, u20, u40, viewOf } from './test-fixtures';

const small = viewOf([
  { id: 'run_a', run: u20() },
  { id: 'run_b', run: u40() },
]);
const model = buildCompareModel(small);
const rows = unpackEndpoints(model.endpoints, 0, 1);
const byLabel = (label: string) => rows.find((r) => r.label === label)!;

describe('headline table, 20 vs 40 users', () => {
  const h = headlineRows(small.comparison);
  const row = (label: string) => h.find((r) => r.label === label)!;
  // Aggregated: 552 req / 8 failures, median 160, p95 1900, 9.33 req/s -> 772 / 13, 520, 4200, 13.04 req/s.
  test.each([
    // "Is it real?": a test short of 5% cannot tell (inconclusive), it does not show "no change".
    ['Success rate', ['98.55%', '98.32%'], '−0.23 pts', 'ok', 'inconclusive (p = 0.74)', false],
    ['Failures', ['8', '13'], '+63%', 'ok', 'inconclusive (p = 0.74)', false],
    ['Requests', ['552', '772'], '+40%', 'ok', null, null],
    // All requests under another load are not judged (they count failures); capacity is judged on goodput.
    ['Throughput', ['9.33/s', '13.04/s'], '+40%', 'ok', null, null],
    // Goodput 12.82/s for 40 users against 18.39/s if linear from 9.20/s at 20: 30% short,
    // the curve's verdict saturated.
    ['Goodput', ['9.2/s', '12.82/s'], '+39%', 'critical', null, null],
    ['Median', ['160 ms', '520 ms'], '+225%', 'critical', undefined, true],
    ['P95', ['1,900 ms', '4,200 ms'], '+121%', 'critical', undefined, true],
    ['P99', ['3,000 ms', '8,000 ms'], '+167%', 'critical', undefined, true],
    // at the 40-user run's 9 s ceiling: a lower bound
    ['Max', ['4,397 ms', '≥ 9,004 ms'], '≥ +105%', 'critical', null, null],
  ])('%s', (label, values, change, status, significance, real) => {
    const r = row(label);
    expect(r).toMatchObject({ values, change, status, real });
    if (significance !== undefined) expect(r.significance).toBe(significance);
    else expect(r.significance).toMatch(/window-to-window/); // the history's evidence, when the analysis gives it
  });

  test('the "is it real?" line is left out where the reason already quotes the p-value', () => {
    expect(row('Success rate').reason).toContain('(p = 0.74)');
    expect(significanceLine(row('Success rate'))).toBeNull();
    expect(significanceLine({ significance: 'inconclusive (p = 0.062)', reason: 'bucketed latency' })).toBe(
      'inconclusive (p = 0.062)',
    );
    expect(significanceLine(row('P95'))).toMatch(/window-to-window/);
  });

  test('tones: slower and fewer successes are worse, more throughput is better', () => {
    expect([
      row('Success rate').changeTone,
      row('Throughput').changeTone,
      row('Goodput').changeTone,
      row('P95').changeTone,
      row('Requests').changeTone,
    ]).toEqual(['worse', 'better', 'better', 'worse', 'same']);
    // The failure count's tone follows the failure rate (1.45% -> 1.68%: worse), not the count alone.
    expect(row('Failures').changeTone).toBe('worse');
    expect(row('Goodput').hint).toBe('successful requests per second');
    expect(row('P95').deltas).toEqual([null, { text: '+121%', tone: 'worse' }]);
  });
});

test('distribution in words (from the analysis), target first', () => {
  // 80th percentile: 320 ms at 20 users, 2,100 ms at 40 users (the _stats.csv 80% columns).
  expect(model.distribution).toContain('80% of requests took at most about 2,100 ms at 40 users, 320 ms at 20 users.');
});

test('percentile overlay: P50..P99.9 and Max for each run', () => {
  expect(model.percentiles.map((r) => r.label)).toEqual([
    'P50',
    'P66',
    'P75',
    'P80',
    'P90',
    'P95',
    'P98',
    'P99',
    'P99.9',
    'Max',
  ]);
  expect(model.percentiles.find((r) => r.key === '95')!.values).toEqual([1900, 4200]);
  expect(model.percentiles.find((r) => r.key === 'max')!.values).toEqual([4396.773030999839, 9004.155511999897]);
  expect(percentileChartRows(model.percentiles)[0]).toEqual({ label: 'P50', r0: 160, r1: 520 });
});

describe('endpoints, 20 vs 40 users (14 endpoints)', () => {
  test('packing keeps every figure (to 6 significant digits)', () => {
    const original = small.comparison.endpoints;
    expect(rows).toHaveLength(14);
    rows.forEach((r, i) => {
      const o = original[i]!;
      expect([r.method, r.name, r.newFailures, r.insufficientData]).toEqual([
        o.method,
        o.name,
        o.newFailures,
        o.insufficientData,
      ]);
      r.runs.forEach((run, j) => {
        const oj = o.runs[j]!;
        expect([run!.requests, run!.failures, run!.medianMs, run!.p95Ms]).toEqual([
          oj.requests,
          oj.failures,
          oj.medianMs,
          oj.p95Ms,
        ]);
        expect(run!.failureRate).toBe(oj.failureRate);
        expect(run!.maxMs).toBeCloseTo(oj.maxMs!, 2);
      });
      if (o.p95Change !== null) expect(r.p95Change).toBeCloseTo(o.p95Change, 3);
    });
    expect(JSON.parse(JSON.stringify(model.endpoints))).toEqual(packEndpoints(original));
  });

  test('failures: 7 endpoints, the two new ones first', () => {
    // GET /dashboard/ 0/32 -> 2/87; GET /api/project/[id]/parameters/ 0/59 -> 1/73; rekap-rab 2/71 -> 7/104.
    const failing = failingEndpoints(rows);
    expect(failing.map((r) => r.label).slice(0, 3)).toEqual([
      'GET /dashboard/',
      'GET /api/project/[id]/parameters/',
      'GET /detail_project/[id]/rekap-rab/',
    ]);
    expect(failing).toHaveLength(7);
    expect(failing.filter((r) => r.newFailures)).toHaveLength(2);
    expect(byLabel('GET /dashboard/').runs.map((r) => r?.failureRate)).toEqual([0, 2 / 87]);
  });

  test.each([
    // Holm-adjusted over the endpoints with a failure test (raw p 0.31 for rekap-rab): inconclusive, not "no".
    ['GET /dashboard/', 'inconclusive (p = 1)', false],
    ['GET /detail_project/[id]/rekap-rab/', 'inconclusive (p = 1)', false],
    ['GET /accounts/logout/', 'insufficient data', null], // 16 and 29 requests: under 30
  ])('significance of %s', (label, text, real) => {
    expect(failureSignificance(byLabel(label))).toEqual({ text, real });
  });

  test('latency: largest P95 growth first; max change computed', () => {
    // GET /api/project/[id]/parameters/: p95 190 -> 6400.
    const latency = latencyEndpoints(rows, 0, 1);
    expect(latency[0]!.label).toBe('GET /api/project/[id]/parameters/');
    expect(latency[0]!.p95Change).toBeCloseTo(6400 / 190 - 1, 3);
    // POST /accounts/login/ max 549.71 -> 5095.67.
    expect(byLabel('POST /accounts/login/').maxChange).toBeCloseTo(5095.670014999996 / 549.7106400000575 - 1, 4);
  });

  test('slowest in the target: top P95 at 40 users', () => {
    const slow = slowestEndpoints(rows, 1, 3);
    expect(slow.map((r) => [r.label, r.runs[1]!.p95Ms])).toEqual([
      ['GET /api/project/[id]/parameters/', 6400],
      ['GET /detail_project/[id]/harga-items/', 6400],
      ['GET /detail_project/[id]/rincian-ahsp/', 4900],
    ]);
  });

  test('held up: no failures anywhere and P95 within ±20%', () => {
    // login GET 50 -> 50 ms, jadwal pdf 3700 -> 3600, rincian xlsx 2700 -> 3000 (+11%), rekap pdf 4400 -> 4000.
    expect(
      heldUpEndpoints(rows, 0, 1)
        .map((r) => r.label)
        .sort(),
    ).toEqual([
      'GET /accounts/login/',
      'GET /detail_project/[id]/export/jadwal-pekerjaan/pdf/',
      'GET /detail_project/[id]/export/rekap-rab/pdf/',
      'GET /detail_project/[id]/export/rincian-ahsp/xlsx/',
    ]);
    expect(
      heldUpEndpoints(rows, 0, 1, 0.05)
        .map((r) => r.label)
        .sort(),
    ).toEqual(['GET /accounts/login/', 'GET /detail_project/[id]/export/jadwal-pekerjaan/pdf/']);
  });

  test.each([
    ['', 14],
    ['post', 1],
    ['export pdf', 2],
    ['  DASHBOARD ', 1],
    ['nothing-like-this', 0],
  ])('filter %j', (q, n) => expect(filterEndpoints(rows, q)).toHaveLength(n));
});

test('scaling bars and sentence, 20 vs 40 users: on goodput, from the run with fewer users', () => {
  // Goodput 9.33 × 544/552 req/s at 20 users -> twice that expected at 40; 13.04 × 759/772 actual.
  const g20 = (9.332691997642101 * 544) / 552;
  const g40 = (13.035422806144089 * 759) / 772;
  expect(model.scaling).toEqual([
    {
      run: 0,
      name: '20 users',
      users: 20,
      expected: expect.closeTo(g20, 9),
      actual: expect.closeTo(g20, 9),
      actualRps: 9.332691997642101,
      role: 'baseline',
    },
    {
      run: 1,
      name: '40 users',
      users: 40,
      expected: expect.closeTo(2 * g20, 9),
      actual: expect.closeTo(g40, 9),
      actualRps: 13.035422806144089,
      role: 'target',
    },
  ]);
  expect(scalingSentence(small.comparison.scaling!)).toBe(
    '20 → 40 users (×2), goodput ×1.39 (−30% against linear), all requests ×1.4. Linear scaling from 20 to 40 users ' +
      'would give 18.39/s successful; actual 12.82/s.',
  );
  // With the 40-user run as baseline the expectation still starts from 20 users (the issue: one scaling story).
  const flipped = buildCompareModel(
    viewOf(
      [
        { id: 'run_a', run: u20() },
        { id: 'run_b', run: u40() },
      ],
      1,
    ),
  );
  expect(flipped.scaling!.map((b) => [b.users, b.expected])).toEqual([
    [20, expect.closeTo(g20, 9)],
    [40, expect.closeTo(2 * g20, 9)],
  ]);
  expect(
    scalingBars(
      compareRuns([
        { id: 'a', run: u40() },
        { id: 'b', run: u40() },
      ]),
    ),
  ).toBeNull(); // same load: nothing to scale
});

test('model: roles, colours, links, everything serializable', () => {
  expect(model.runs.map((r) => [r.id, r.name, r.role, r.userCount, r.history?.window])).toEqual([
    ['run_a', '20 users', 'baseline', 20, 'current-window'],
    ['run_b', '40 users', 'target', 40, 'current-window'],
  ]);
  expect(new Set(model.runs.map((r) => r.color)).size).toBe(2);
  expect(model.hrefs).toEqual({
    page: '/compare?runs=run_a,run_b&baseline=run_a',
    json: '/api/compare?runs=run_a,run_b&baseline=run_a',
    markdown: '/api/compare?runs=run_a,run_b&baseline=run_a&format=md',
    // The rows the page fetches, asked as the page asked its comparison (view.key).
    rows: '/api/compare/rows?runs=run_a,run_b&baseline=run_a',
  });
  expect(model.markdownFileName).toBe('comparison-20-users-vs-40-users.md');
  expect(model.markdown).toContain('| P95 | 1,900 ms | 4,200 ms | +121% |');
  expect(JSON.parse(JSON.stringify(model))).toEqual(model);
});

test('time series: goodput (successful req/s) beside throughput where the history has failures/s', () => {
  expect(model.overlay.has.goodputRps).toEqual([true, true]);
  const cells = model.overlay.points.filter((p) => p.rps_1 !== null && p.goodputRps_1 !== null);
  expect(cells.every((p) => p.goodputRps_1! <= p.rps_1! + 1e-9)).toBe(true);
  expect(cells.some((p) => p.goodputRps_1! < p.rps_1!)).toBe(true); // the 40-user run failed requests along the way
});

describe('ONS series: 4 runs, 145 endpoints, cumulative histories', () => {
  const view = viewOf(onsRuns().map((run, i) => ({ id: `o${i}`, run })));
  const m = buildCompareModel(view);
  const endpoints = unpackEndpoints(m.endpoints, 0, 3);

  test('time-series overlay on one grid: every run has every series, no false gaps', () => {
    expect(m.runs.map((r) => r.history?.window)).toEqual(['cumulative', 'cumulative', 'cumulative', 'cumulative']);
    expect(m.overlay.has.rps).toEqual([true, true, true, true]);
    expect(m.overlay.points.length).toBeLessThanOrEqual(601);
    // Inside each run's own span, every cell has its throughput (the 80-user run lasted 294 s, the others ~594 s).
    m.runs.forEach((_, run) => {
      const known = m.overlay.points.map((p) => p[`rps_${run}`] !== null);
      const first = known.indexOf(true);
      const last = known.lastIndexOf(true);
      expect(known.slice(first, last + 1).every(Boolean)).toBe(true);
    });
    const last80 = m.overlay.points
      .map((p) => p.rps_3)
      .lastIndexOf(
        m.overlay.points
          .map((p) => p.rps_3)
          .filter((v) => v !== null)
          .at(-1)!,
      );
    expect(m.overlay.points[last80]!.t).toBeLessThan(300);
    expect(m.overlay.points.at(-1)!.t).toBeGreaterThan(580);
  });

  test('users peak at 1, 10, 15 and 80 on the overlay', () => {
    const peak = (run: number) => Math.max(...m.overlay.points.map((p) => p[`users_${run}`] ?? 0));
    expect([0, 1, 2, 3].map(peak)).toEqual([1, 10, 15, 80]);
  });

  test('heatmap rows: P95 change of each run against 1 user, largest first', () => {
    const heat = heatmapRows(endpoints, 0);
    expect(heat).toHaveLength(145);
    // GET //questionnaire: p95 ... -> +1700% at 80 users (×18).
    expect(heat[0]!.label).toBe('GET //questionnaire');
    expect(heat[0]!.cells.map((c) => c.change && Number(c.change.toFixed(2)))).toEqual([0, -0.1, -0.05, 17]);
    expect(heatCellText(17)).toBe('×18');
    expect(heatCellLabel(heat[0]!, heat[0]!.cells[3]!, '80 users')).toMatch(
      /^GET \/\/questionnaire, 80 users: P95 .* vs .* in the baseline \(\+1700%\)$/,
    );
  });

  test('scaling bars for every load, linear expectation from the 1-user run', () => {
    // Requests/s 8.966403523390317 at 1 user; 117.96341731065226 at 80; no failures, so goodput is the same.
    expect(m.scaling!.map((b) => [b.users, b.role])).toEqual([
      [1, 'baseline'],
      [10, 'other'],
      [15, 'other'],
      [80, 'target'],
    ]);
    expect(m.scaling![3]!.expected).toBeCloseTo(80 * 8.966403523390317, 9);
    expect(m.scaling![3]!.actual).toBeCloseTo(117.96341731065226, 9);
    expect(m.scaling![3]!.actualRps).toBe(117.96341731065226);
  });

  test('distribution in words names the runs (two runs at one load stay apart)', () => {
    // 80th percentile: 120 ms at 1 user (3500mcpu), 220 ms at 80 users.
    expect(m.distribution).toContain(
      '80% of requests took at most about 220 ms at 3500mcpu_80_clients_wait_time_min_1_max_2 (80 users), ' +
        '120 ms at 3500mcpu (1 user).',
    );
  });

  test('the 80-user run lasted half as long: the warning reaches the page', () => {
    expect(m.head.warnings.some((w) => w.includes('lasted 299 s, the baseline 600 s'))).toBe(true); // requests / rps
  });
});

test.each([
  [-0.8, '≤ −50%'],
  [-0.5, '−50% to −20%'],
  [-0.2, '±20%'],
  [0, '±20%'],
  [0.2, '±20%'],
  [0.21, '+20% to +50%'],
  [0.5, '+50% to +100%'],
  [1.5, '+100% to +300%'],
  [3, '≥ +300%'],
])('heat step of %s', (change, label) => expect(heatStep(change).label).toBe(label));

test('heat cells say why they are empty', () => {
  const row = { label: 'GET /x', baselineP95: 100 };
  expect(heatCellLabel(row, { change: null, p95Ms: null, missing: 'absent' }, 'run 2')).toBe(
    'GET /x, run 2: not in this run',
  );
  expect(
    heatCellLabel(
      { label: 'GET /x', baselineP95: null },
      { change: null, p95Ms: 120, missing: 'no-baseline' },
      'run 2',
    ),
  ).toBe('GET /x, run 2: P95 120 ms; the baseline has no P95 to compare with');
});
