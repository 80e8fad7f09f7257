// The compare page's findings sections on real runs: smallpool 20 vs 40 users (Locust 2.12), the ONS
// series (1/10/15 users, Locust 1.2.3) and a synthetic stepped run (50 -> 100 -> 150 users, a stats
// reset in step 2). Expected figures come from the fixtures (quoted next to each check).
import { describe, expect, test } from 'vitest';
import { compareRuns } from '../../domain/analysis/compare-runs';
import { compareSteps } from '../../domain/analysis/compare-steps';
import { comparisonMarkdown } from '../../domain/report/markdown';
import { synthetic } from '../../../test/support/stepped-run';
import { failureAttributionView, failureRow, latencyAttributionView, latencyRow, ATTRIBUTION_TOP } from './attribution';
import { concentrationRows, countByStatus, failureDiffRows, filterFailureDiffs } from './failure-messages';
import { groupRows } from './groups';
import { buildCompareModel } from './model';
import { niceTicks, scalingCurveView } from './scaling-curve';
import { stepsView } from './steps';
import { onsRuns, u20, u40, viewOf } from './test-fixtures';

const small = viewOf([
  { id: 'run_a', run: u20() },
  { id: 'run_b', run: u40() },
]);
const c = small.comparison;

describe('endpoint groups, 20 vs 40 users', () => {
  const rows = groupRows(c);
  test('six automatic groups, the most requests in the target first', () => {
    // /detail_project 240, auth 167, /api/project 152, /dashboard 87, /api/v2 70, exports 56 requests at 40 users.
    expect(rows.map((r) => [r.name, r.cells[1]!.requests])).toEqual([
      ['/detail_project', '240'],
      ['auth', '167'],
      ['/api/project', '152'],
      ['/dashboard', '87'],
      ['/api/v2', '70'],
      ['exports', '56'],
    ]);
  });
  test('figures per run, target changes, p-value and the upper-bound P95', () => {
    const d = rows.find((r) => r.name === '/dashboard')!;
    // 0/32 -> 2/87 failures; average 360.5 -> 1,509.1 ms; largest endpoint p95 670 -> 4,500 ms.
    expect(d.cells).toEqual([
      {
        requests: '32',
        failureRate: '0%',
        failures: '0 / 32',
        failing: false,
        avg: '361 ms',
        maxEndpointP95: '670 ms',
      },
      {
        requests: '87',
        failureRate: '2.30%',
        failures: '2 / 87',
        failing: true,
        avg: '1,509 ms',
        maxEndpointP95: '4,500 ms',
      },
    ]);
    expect(d.changes).toEqual({ requests: '+172%', failureRate: '+2.30 pts', avg: '+319%', maxEndpointP95: '+572%' });
    // p-values as the analysis prints them (pText: two significant digits, trailing zeros dropped).
    expect([d.pValue, d.significant, d.worse]).toEqual([
      'p = 1',
      false,
      { failureRate: true, avg: true, maxEndpointP95: true },
    ]);
    expect(rows.find((r) => r.name === '/api/v2')!.pValue).toBe('p = 0.33'); // 3/59 -> 1/70
    expect(rows.find((r) => r.name === 'exports')!.worse.avg).toBe(false); // 2,229 -> 2,327 ms, +4%
  });
});

describe('failure messages, 20 vs 40 users', () => {
  const rows = failureDiffRows(c);
  test('11 messages: 6 new (5 of them 503s), 1 grown, 1 shrunk, 3 resolved', () => {
    expect(rows).toHaveLength(11);
    expect(countByStatus(rows)).toEqual({ new: 6, grown: 1, shrunk: 1, resolved: 3, 'not-comparable': 0, same: 0 });
    expect(rows[0]).toMatchObject({
      status: 'new',
      label: 'GET /detail_project/[id]/rekap-rab/',
      category: 'http-5xx',
      statusCode: 503,
      kind: 'Server error · 503',
      example: "HTTPError('503 Server Error: Service Unavailable for url: /detail_project/[id]/rekap-rab/')",
      occurrences: [null, 2],
      changeText: 'new',
    });
    // rekap-rab 500s: 2 -> 5 occurrences over 71 -> 104 requests: +71% per request (the issue: diffs by rate per
    // request of the endpoint, not by count — its traffic grew too); chart-data 500s: 3/59 -> 1/70 requests, −72%.
    expect(rows.find((r) => r.status === 'grown')).toMatchObject({
      label: 'GET /detail_project/[id]/rekap-rab/',
      occurrences: [2, 5],
      changeText: '+71%',
    });
    expect(rows.find((r) => r.status === 'shrunk')).toMatchObject({
      label: 'GET /api/v2/project/[id]/chart-data/',
      changeText: '−72%',
    });
    expect(rows.filter((r) => r.status === 'resolved').every((r) => r.changeText === 'gone')).toBe(true);
  });
  test.each([
    [[], '', 11],
    [['new'], '', 6],
    [['new'], '503', 5],
    [['new', 'resolved'], '', 9],
    [[], 'dashboard', 2],
    [[], 'internal server error', 6],
    [['same'], '', 0],
  ] as const)('filter %j %j', (statuses, query, n) =>
    expect(filterFailureDiffs(rows, statuses, query)).toHaveLength(n),
  );

  test('concentration per run: mixed in both, with the analysis’ evidence', () => {
    const conc = concentrationRows(c);
    expect(conc.map((r) => [r.run, r.verdict, r.label, r.failures])).toEqual([
      [0, 'mixed', 'mixed', 8],
      [1, 'mixed', 'mixed', 13],
    ]);
    expect(conc[1]!.evidence).toBe(
      '6 of 14 endpoints with requests had failures, and the most on one endpoint is 7 of 13 failures (54%), ' +
        'on GET /detail_project/[id]/rekap-rab/: failures are neither in one place nor on half of the endpoints.',
    );
  });
});

describe('attribution, 20 vs 40 users', () => {
  test('average response time: 335 -> 1,201 ms, GET /dashboard/ first with +149 ms', () => {
    const la = latencyAttributionView(c)!;
    expect([la.headline, la.total, la.notes]).toEqual(['335 ms → 1,201 ms', '+866 ms', []]);
    expect(la.rows).toHaveLength(14);
    // /dashboard/: 5.8% of requests at 360.5 ms -> 11.3% at 1,509.1 ms: +149.2 ms = +98.0 slowdown + 51.2 mix.
    expect(latencyRow(la.rows[0]!, c.endpoints)).toEqual({
      label: 'GET /dashboard/',
      avg: '361 ms → 1,509 ms',
      contribution: '+149 ms',
      contributionMs: expect.closeTo(149.161, 3),
      share: '17%',
      shareValue: expect.closeTo(0.1723, 4),
      slowdown: '+98 ms',
      mix: '+51 ms',
      presence: null,
    });
    expect(
      la.rows
        .slice(1, 3)
        .map((p) => latencyRow(p, c.endpoints))
        .map((r) => [r.label, r.contribution]),
    ).toEqual([
      ['GET /detail_project/[id]/rekap-rab/', '+148 ms'],
      ['GET /api/project/[id]/parameters/', '+119 ms'],
    ]);
    expect(la.rows.length).toBeGreaterThan(ATTRIBUTION_TOP); // "show all" has something to show
  });
  test('failures: 8 -> 13, rekap-rab +5 (100%), chart-data −2 (−40%)', () => {
    const fa = failureAttributionView(c)!;
    expect([fa.headline, fa.total]).toEqual(['8 → 13', '+5']);
    expect(
      fa.rows
        .slice(0, 3)
        .map((p) => failureRow(p, c.endpoints))
        .map((r) => [r.label, r.failures, r.change, r.share]),
    ).toEqual([
      ['GET /detail_project/[id]/rekap-rab/', '2 → 7', '+5', '100%'],
      ['GET /api/v2/project/[id]/chart-data/', '3 → 1', '−2', '−40%'],
      ['GET /dashboard/', '0 → 2', '+2', '40%'],
    ]);
  });
  test('nothing to split between identical runs', () => {
    const same = compareRuns([
      { id: 'a', run: u40() },
      { id: 'b', run: u40() },
    ]);
    expect([latencyAttributionView(same), failureAttributionView(same)]).toEqual([null, null]);
  });
});

describe('scaling curve', () => {
  test('two loads: points and the linear line, no fit', () => {
    const v = scalingCurveView(c)!;
    expect([v.verdict, v.saturationUsers, v.hasFit, v.peak, v.fitText]).toEqual(['saturated', 40, false, null, null]);
    // Goodput (successful req/s): 9.33 × 544/552 = 9.20/s at 20 users, 13.04 × 759/772 = 12.82/s at 40; linear
    // goodput from 20 users 18.39/s. The curve is judged on goodput; all requests stay beside it.
    expect(v.points.map((p) => [p.users, p.goodput, p.rps, p.linear, p.efficiency])).toEqual([
      ['20', '9.2/s', '9.33/s', '9.2/s', '100%'],
      ['40', '12.82/s', '13.04/s', '18.39/s', '70%'],
    ]);
    expect(v.rows.filter((r) => r.actual !== undefined).map((r) => r.actualRps)).toEqual([
      9.332691997642101, 13.035422806144089,
    ]);
    expect(v.rows.filter((r) => r.actual !== undefined).map((r) => [r.users, r.run])).toEqual([
      [20, '20 users'],
      [40, '40 users'],
    ]);
    expect(v.xTicks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(v.evidence).toContain('No USL fit: it needs 3 distinct loads.');
  });

  test(
    'ONS 1/10/15 users: USL fit on goodput, model peak ~110 successful req/s at ~25 users ' +
      '(an extrapolation, on the chart)',
    () => {
      const ons = compareRuns(
        onsRuns()
          .slice(0, 3)
          .map((run, i) => ({ id: `o${i}`, run })),
      );
      const v = scalingCurveView(ons)!;
      expect(v.verdict).toBe('sublinear'); // 87% at 10, 74% at 15
      // r² to 2 decimals as the analysis' evidence prints it (which also says 3 loads for 3 parameters test nothing).
      expect(v.fitText).toBe('σ 0.0015 (contention) · κ 0.0015 (coherency) · r² 1.00 over 3 loads');
      // A model figure from 3 loads carries 2 significant digits (digitsFor): ~110, not 114.
      expect(v.peak).toMatchObject({
        onChart: true,
        text:
          'Model peak ~110 successful req/s at ~25 users, beyond the largest load measured (15 users): ' +
          'an extrapolation.',
      });
      expect(v.peak!.users).toBeCloseTo(25.47, 2);
      expect(v.xMax).toBeGreaterThan(v.peak!.users);
      // The smooth USL curve passes through the three measured points (3 loads, 3 parameters).
      for (const r of v.rows.filter((x) => x.actual !== undefined)) expect(r.usl).toBeCloseTo(r.actual!, 6);
      expect(v.rows.filter((r) => r.actual === undefined).length).toBe(61);
      expect(v.yMax).toBeGreaterThanOrEqual(114);
    },
  );

  test('nice ticks', () => {
    expect(niceTicks(157.5, true)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(15.6)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('one stepped run (50 -> 100 -> 150 users, stats reset in step 2)', () => {
  const comparison = compareSteps({ id: 'run_s', run: synthetic({ full: true, reset: true }) });
  const view = {
    comparison,
    groups: [],
    runs: [
      viewOf([
        { id: 'run_s', run: synthetic({ full: true, reset: true }) },
        { id: 'x', run: u20() },
      ]).runs[0]!,
    ],
    markdown: comparisonMarkdown(comparison),
    plan: null,
    meeting: null,
    key: { runs: ['run_s'], baseline: null, steps: true },
  };

  test('steps table: exact counts, a lower bound across the reset, windowed latency', () => {
    const s = stepsView(comparison)!;
    expect(s.runId).toBe('run_s');
    expect([s.anyLowerBound, s.allWindowed]).toEqual([true, true]);
    expect(s.rows.map((r) => [r.users, r.duration, r.requests, r.failures, r.rps, r.p50, r.p95, r.lowerBound])).toEqual(
      [
        ['50', '1 min', '660', '8', '11/s', '82 ms', '246 ms', false],
        ['100', '1 min', '≥ 1,821', '≥ 30', '≥ 30.35/s', '132 ms', '396 ms', true],
        ['150', '1 min', '2,790', '33', '46.5/s', '182 ms', '546 ms', false],
      ],
    );
    expect(s.rows[0]!.basis).toBe('~10 s windows (51 rows)');
    expect(s.rows[1]!.span).toBe('1:05 – 2:05');
  });

  test('the page model: steps as the compared runs, the stored run for the time series and links', () => {
    const m = buildCompareModel(view);
    expect(m.stepped).toEqual({ runId: 'run_s', runName: 'stepped' });
    expect(m.runs.map((r) => [r.id, r.name, r.role, r.durationS])).toEqual([
      ['run_s#step1', '50 users (step 1)', 'baseline', 60],
      ['run_s#step2', '100 users (step 2)', 'other', 60],
      ['run_s#step3', '150 users (step 3)', 'target', 60],
    ]);
    expect(m.timelineRuns.map((r) => [r.id, r.history?.window])).toEqual([['run_s', 'current-window']]);
    expect(m.overlay.has.users).toEqual([true]);
    expect(m.percentiles).toEqual([]);
    expect(m.hrefs).toEqual({
      page: '/compare?runs=run_s&steps=1',
      json: '/api/compare?runs=run_s&steps=1',
      markdown: '/api/compare?runs=run_s&steps=1&format=md',
      rows: '/api/compare/rows?runs=run_s&steps=1',
    });
    expect(m.latencyAttribution).toBeNull(); // no averages per step
    expect(m.failureAttribution).toMatchObject({ headline: '8 → 33', total: '+25' });
    expect(m.scalingCurve!.points.map((p) => p.label)).toEqual([
      '50 users (step 1)',
      '100 users (step 2)',
      '150 users (step 3)',
    ]);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  test('steps without endpoint rows: the failure change is still stated, with nothing to split it by', () => {
    const bare = compareSteps({ id: 'run_s', run: synthetic({ full: false, reset: false }) });
    expect(bare.failureAttribution.endpoints).toEqual([]);
    expect(failureAttributionView(bare)).toMatchObject({ rows: [] });
    expect(failureAttributionView(bare)!.headline).toMatch(/^\d+ → \d+$/);
  });

  test('a run comparison carries no steps', () => {
    expect(buildCompareModel(small)).toMatchObject({ stepped: null, steps: null });
  });
});
