// The Markdown report on the real smallpool runs (fixtures/locust-2.12-generated: 20 and 40 users, DB
// pool of 2). Figures from each run's `_stats.csv` / `_failures.csv` (see that folder's README).
import { describe, expect, test } from 'vitest';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet } from '../criteria/types';
import type { ParsedRun } from '../locust/types';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns, type CompareExtras } from '../analysis/compare-runs';
import { comparisonMarkdown } from './markdown';
import type { Comparison, ComparisonCriteria, Status } from '../analysis/types';

// smallpool-40u, series-100u and series-150u stop at a 9 s DB pool timeout: latency-ceiling.ts finds it
// (latency-ceiling.test.ts), and the report reads it first.
const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const compare = (a: ParsedRun, b: ParsedRun, extras: CompareExtras = {}) =>
  compareRuns(
    [
      { id: null, run: a },
      { id: null, run: b },
    ],
    0,
    undefined,
    [],
    extras,
  );
/** A table row from its cells. */
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;
const NO_CRITERIA = ' No success criteria apply to this run — change status only.';

/** The seed report's retest gates, on the target; each result carries its criterion (relative, floorMs). */
const SET: CriteriaSet = {
  name: 'Retest gates',
  criteria: [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { metric: 'failureRate', scope: 'endpoint:GET /dashboard/', op: '<=', target: 0 },
    { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1, floorMs: 50 },
  ],
};

function criteriaOf(set: CriteriaSet, target: ParsedRun, baseline: ParsedRun): ComparisonCriteria {
  const v = evaluateCriteria(set, target, baseline);
  return { name: v.name, verdict: v.verdict, results: v.results.map((r, i) => ({ ...set.criteria[i], ...r })) };
}

const withCriteria = compare(u20, u40, { criteria: [criteriaOf(SET, u40, u20)] });
const md = comparisonMarkdown(withCriteria);
const lines = md.split('\n');

describe('20u vs 40u with the retest gates', () => {
  test('the status comes first: NO-GO from the criteria, then the change', () => {
    expect(lines[0]).toBe('# Load test comparison: smallpool-20u vs smallpool-40u');
    // 98.32% ≥ 97% met; P95 4,200 ms, dashboard 2/87 failed, median +225%: three musts missed.
    expect(lines[2]).toBe(
      '**Status: 🔴 NOT READY (NO-GO)** — smallpool-40u against the criteria: Retest gates NO-GO (1 of 4 met). ' +
        'Against smallpool-20u: ❌ Regression ' +
        '(critical: Goodput −30% against linear, Median +225%, P75 +530%, P90 +496% and 3 more).',
    );
    // Then each criterion missed, with the endpoints whose own P95 misses 3,000 ms (12 of them; most requests
    // beyond the target first); an endpoint or relative criterion names none.
    expect(lines.slice(3, 8)).toEqual([
      '',
      '- 🔴 **Retest gates: NO-GO** (1 of 4 met). Not met:',
      '  - p95 4,200 ms, target \\< 3,000 ms — GET /detail\\_project/\\[id\\]/export/rekap-rab/pdf/ 4,000 ms, ' +
        'GET /detail\\_project/\\[id\\]/rekap-rab/ 4,800 ms, GET /dashboard/ 4,500 ms and 9 more',
      '  - Failure rate of GET /dashboard/ 2.30%, target ≤ 0.00%',
      '  - Median +225.0%, target ≤ +10.0% vs baseline (or within 50 ms)',
    ]);
  });

  test('the ceiling is read first, and its values are lower bounds', () => {
    expect(md).toContain('> **Read first**\n>\n> - ');
    expect(md).toMatch(/> - 40 users\\: responses capped at \\~9 s, likely a timeout/);
    expect(md).toContain('| Max | 4,397 ms | ≥ 9,004 ms | +105% | ❌ Critical — reached the latency ceiling');
    expect(lines).toContain(row('GET /api/project/\\[id\\]/parameters/', '257 ms', '≥ 9,004 ms', '+3400%'));
    expect(md).toContain('_≥: the value is at the latency ceiling of smallpool-40u (\\~9,000 ms), likely a timeout: ');
  });

  const REKAP = 'GET /detail\\_project/\\[id\\]/rekap-rab/';
  test.each([
    ['Success rate', row('Success rate', '98.55%', '98.32%', '−0.23 pts', 'OK')],
    // Failures judged by rate: 8/552 = 1.45% → 13/772 = 1.68%, not significant.
    [
      'Failures',
      row('Failures', '8', '13', '+63%', 'OK — failure rate 1.45% → 1.68% of requests, not significant (p = 0.74)'),
    ],
    ['Throughput', row('Throughput (all requests)', '9.33/s', '13.04/s', '+40%', 'OK')],
    // Goodput up 39% yet critical: the reason stands beside it.
    [
      'Goodput',
      row(
        'Goodput (successful req/s)',
        '9.2/s',
        '12.82/s',
        '+39%',
        '❌ Critical — 20 → 40 users (×2), goodput ×1.39 (−30% against linear), all requests ×1.4; scaling saturated',
      ),
    ],
    ['Median', row('Median', '160 ms', '520 ms', '+225%', '❌ Critical')],
    ['P50 in the percentiles', row('P50 (median)', '160 ms', '520 ms', '+225%', '❌ Critical')],
    ['P99', row('P99', '3,000 ms', '8,000 ms', '+167%', '❌ Critical')],
    [
      'failing endpoint, rates per request',
      row(REKAP, '2/71 (2.82%)', '7/104 (6.73%)', '+3.91 pts', '❔ Inconclusive', 'inconclusive (p = 1)'),
    ],
    [
      'new failures',
      row('GET /dashboard/ 🆕', '0/32 (0.00%)', '2/87 (2.30%)', '+2.30 pts', '❔ Inconclusive', 'inconclusive (p = 1)'),
    ],
    // rekap-rab 500s: 2 of 71 requests → 5 of 104, by rate 2.82% → 4.81% (+71%): grown.
    [
      'failure message by rate',
      row(
        'grown',
        REKAP,
        "HTTPError('500 Server Error\\: Internal Server Error for url\\: /detail\\_project/\\[id\\]/rekap-rab/')",
        '2 (2.82%)',
        '5 (4.81%)',
        'http-5xx (500)',
      ),
    ],
    [
      'slowest by P95 with its max',
      row('GET /api/project/\\[id\\]/parameters/', '190 ms', '6,400 ms', '+3268%', '41 ms → 450 ms', '≥ 9,004 ms'),
    ],
    ['distribution', '- 80% of requests took at most about 2,100 ms at 40 users, 320 ms at 20 users.'],
    ['held up', '- GET /accounts/login/: 0 failures in 36 → 69 requests; P95 50 ms → 50 ms (0%)'],
    ['criteria verdict', '### Retest gates: 🔴 NO-GO'],
    ['criterion met', row('Success rate', 'all requests', '98.32%', '≥ 97.00%', '✅')],
    ['relative criterion', row('Median', 'all requests', '+225.0%', '≤ +10.0% vs baseline (or within 50 ms)', '❌')],
  ])('%s', (_what, line) => {
    expect(lines).toContain(line);
  });

  test('one scaling verdict, stated once; the statistics note once, at the end', () => {
    expect(md.match(/\*\*(linear|sublinear|saturated|unknown)\*\*/g)).toEqual(['**saturated**']);
    expect(md).toContain('Scaling of goodput over 2 runs: **saturated** from 40 users.');
    expect(md.split(withCriteria.statisticsNote.slice(0, 40)).length).toBe(2);
    expect(lines.at(-2)).toContain('so read them as a screen, not proof');
  });

  test('an endpoint whose P95 grew past +20% or that failed does not hold up', () => {
    const heldUp = md.slice(md.indexOf('## What held up'), md.indexOf('## Success criteria'));
    expect(heldUp).toContain(
      'export/rincian-ahsp/xlsx/: 0 failures in 16 → 20 requests; ' + 'P95 2,700 ms → 3,000 ms (+11%)',
    );
    expect(heldUp).not.toContain('GET /accounts/logout/'); // P95 130 → 510 ms
    expect(heldUp).not.toContain('GET /dashboard/');
    expect(heldUp).toContain('No headline metric improved beyond the thresholds.');
  });
});

describe('the status without criteria', () => {
  const status = (c: Comparison) => comparisonMarkdown(c).split('\n')[2];
  const pair = compare(u20, u40);
  const withStatuses = (s: Partial<Record<string, Status>>): Comparison => ({
    ...pair,
    summary: pair.summary.map((r) => ({ ...r, status: s[r.metric] ?? 'ok' })),
  });
  const head = (verdict: string) => `**Status: ${verdict}** — smallpool-40u against smallpool-20u: `;

  test.each([
    [
      'the worst headline status',
      pair,
      head('❌ Regression') +
        'critical: Goodput −30% against linear, Median +225%, P75 +530%, P90 +496% and 3 more.' +
        NO_CRITERIA,
    ],
    [
      'warnings only',
      withStatuses({ p95Ms: 'warning', successRate: 'improved' }),
      head('⚠️ Regression (warning level)') + 'worse: P95 +121%; better: Success rate −0.23 pts.' + NO_CRITERIA,
    ],
    [
      'improved, nothing worse',
      withStatuses({ medianMs: 'improved' }),
      head('✅ Improved') + 'better: Median +225%; nothing is worse beyond the thresholds.' + NO_CRITERIA,
    ],
    [
      'inconclusive is not OK',
      withStatuses({ failures: 'inconclusive', medianMs: 'improved' }),
      head('❔ Inconclusive') +
        'changes large enough to matter that the data cannot confirm: Failures +63%; ' +
        'better: Median +225%; ' +
        'nothing is worse beyond the thresholds.' +
        NO_CRITERIA,
    ],
    ['all unchanged', withStatuses({}), head('OK (unchanged)') + 'no change beyond the thresholds.' + NO_CRITERIA],
  ])('%s', (_what, c, line) => {
    expect(status(c)).toBe(line);
  });

  test('a run compared with itself says so before anything else', () => {
    const same = comparisonMarkdown(compare(u20, u20));
    expect(same.split('\n')[2]).toMatch(/^\*\*Status: OK \(unchanged\)\*\* — /);
    expect(same).toMatch(/\n> \*\*Read first\*\*\n>\n> - .*identical figures/);
  });

  test('CONDITIONAL and GO verdicts', () => {
    const should: CriteriaSet = {
      name: 'Stretch',
      criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, severity: 'should' }],
    };
    const go: CriteriaSet = {
      name: 'Floor',
      criteria: [{ metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }],
    };
    const criteria = [criteriaOf(go, u40, u20), criteriaOf(should, u40, u20)];
    const text = comparisonMarkdown(compare(u20, u40, { criteria }));
    expect(text.split('\n')[2]).toMatch(
      new RegExp(
        '^\\*\\*Status: 🟡 CONDITIONAL\\*\\* — smallpool-40u against the criteria: ' +
          'Floor GO \\(1 of 1 met\\), Stretch CONDITIONAL \\(0 of 1 met\\)\\. Against smallpool-20u: ',
      ),
    );
    expect(text).toContain(
      '- 🟡 **Stretch: CONDITIONAL** (0 of 1 met). Not met:\n  - p95 4,200 ms, target \\< 3,000 ms (should)',
    );
    expect(text).toContain('### Floor: 🟢 GO');
  });
});

test('a message on an endpoint the baseline never called is not comparable, not new', () => {
  const noDashboard: ParsedRun = {
    ...u20,
    endpoints: u20.endpoints.filter((e) => e.name !== '/dashboard/'),
    failures: u20.failures.filter((f) => f.name !== '/dashboard/'),
  };
  const text = comparisonMarkdown(compare(noDashboard, u40)).split('\n');
  expect(text).toContain(
    row(
      'not comparable (smallpool-20u never called it)',
      'GET /dashboard/',
      "HTTPError('500 Server Error\\: Internal Server Error for url\\: /dashboard/')",
      '—',
      '1 (1.15%)',
      'http-5xx (500)',
    ),
  );
  expect(text).toContain(row('GET /dashboard/', '—', '2/87 (2.30%)', '—', 'OK', '—'));
});

test('run durations when the comparison carries them, — when not', () => {
  const runs = withCriteria.runs.map((r, i) => ({ ...r, durationS: [u20, u40][i]!.meta.durationS }));
  expect(comparisonMarkdown({ ...withCriteria, runs })).toContain(
    row('smallpool-20u', 'baseline', '20', '59 s', '552', '98.55%'),
  );
  const unknown = withCriteria.runs.map((r) => ({ ...r, durationS: null }));
  expect(comparisonMarkdown({ ...withCriteria, runs: unknown }).split('\n')).toContain(
    row('smallpool-40u', 'target (changes below are its)', '40', '—', '772', '98.32%'),
  );
});

test('text from the data cannot become markup, in the status line too', () => {
  const label = '[x](javascript:alert(1)) <img src=x onerror=alert(1)> **';
  const hostile: ParsedRun = { ...u40, meta: { ...u40.meta, label } };
  const text = comparisonMarkdown(compare(u20, hostile));
  expect(text.split('\n')[2]).toContain(
    '— \\[x\\](javascript\\:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\* against smallpool-20u',
  );
  expect(text).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
  expect(text).not.toMatch(/(?<!\\)<img/);
});

describe('series 50 vs 100 users (fixtures/locust-2.12-series), as the seed compares them, with its gates', () => {
  const series = (name: string) => fixtureRun(`locust-2.12-series/${name}`, new RegExp(`^${name}[_.]`));
  const [u50, u100] = [series('series-50u'), series('series-100u')];
  const gates: CriteriaSet = {
    name: 'Retest',
    criteria: [
      { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97 },
      { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
      { metric: 'failureRate', scope: 'endpoint:GET /dashboard/', op: '<=', target: 0 },
      { metric: 'medianMs', scope: 'aggregate', op: '<', target: 400 },
    ],
  };
  const report = comparisonMarkdown(compare(u50, u100, { criteria: [criteriaOf(gates, u100, u50)] }));
  const rows = report.split('\n');

  test('NOT READY first, then the ceiling to read before any figure', () => {
    // series-100u_stats.csv Aggregated: 2,599 of 2,796 succeeded (92.95%), P95 9,000; dashboard 37 of 367 failed.
    expect(rows[2]).toMatch(
      new RegExp(
        '^\\*\\*Status: 🔴 NOT READY \\(NO-GO\\)\\*\\* — series-100u against the criteria: ' +
          'Retest NO-GO \\(1 of 4 met\\)\\. Against series-50u',
      ),
    );
    // The endpoints that drive each miss: failures most first; P95 beyond 3,000 ms (the ceiling's endpoints).
    expect(rows[5]).toBe(
      '  - Success rate 92.95%, target \\> 97.00% — GET /project/\\[id\\]/rekap/ 40 of 197 failures, ' +
        'GET /dashboard/ 37 of 197 failures, GET /api/project/\\[id\\]/tree/ 29 of 197 failures and 5 more',
    );
    // 8 endpoints at the 9 s ceiling (P95 9,000 ms): those with the most requests first.
    expect(rows[6]).toBe(
      '  - p95 9,000 ms, target \\< 3,000 ms — GET /dashboard/ 9,000 ms, GET /project/\\[id\\]/items/ 9,000 ms, ' +
        'GET /api/project/\\[id\\]/tree/ 9,000 ms and 5 more',
    );
    expect(rows[2]).toContain('Against series-50u: ❌ Regression (critical: Success rate −5.43 pts, ');
    expect(report).toMatch(/> - 100 users\\: responses capped at \\~9 s, likely a timeout/);
  });

  test.each([
    ['success rate', row('Success rate', '98.39%', '92.95%', '−5.43 pts', '❌ Critical')],
    [
      'P95 at the ceiling',
      row(
        'P95',
        '1,300 ms',
        '≥ 9,000 ms',
        '+592%',
        '❌ Critical — reached the latency ceiling (\\~9,000 ms, likely a timeout)\\: ' +
          'a lower bound, the real value is higher',
      ),
    ],
    [
      'goodput',
      row(
        'Goodput (successful req/s)',
        '21.91/s',
        '29.11/s',
        '+33%',
        '❌ Critical — 50 → 100 users (×2), goodput ×1.33 (−34% against linear), all requests ×1.41; scaling saturated',
      ),
    ],
    // 0 of 292 dashboard requests failed at 50 users, 37 of 367 at 100.
    [
      'dashboard failures',
      row('GET /dashboard/ 🆕', '0/292 (0.00%)', '37/367 (10.08%)', '+10.08 pts', '❌ Critical', 'yes (p < 0.001)'),
    ],
    ['slowest by max', row('GET /dashboard/', '1,942 ms', '≥ 9,091 ms', '+368%')],
    ['held up', '- GET /accounts/login/: 0 failures in 112 → 201 requests; P95 67 ms → 77 ms (+15%)'],
    ['criterion met', row('Median', 'all requests', '320 ms', '\\< 400 ms', '✅')],
  ])('%s', (_what, line) => {
    expect(rows).toContain(line);
  });
});

describe('where the runs came from', () => {
  const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
  test('a column of branch @ commit · environment when an uploader said it for some run', () => {
    const md = comparisonMarkdown(
      compare(u20, { ...u40, meta: { ...u40.meta, commit: SHA, branch: 'main', environment: 'staging' } }),
    );
    expect(md).toContain('| Run | Role | Users | Duration | Requests | Success rate | Branch @ commit · environment |');
    expect(md).toMatch(/^\| smallpool-20u \| baseline \|.* \| — \|$/m);
    expect(md).toMatch(/^\| smallpool-40u \| target .* \| main \\@ 3f78685 · staging \|$/m);
  });

  test('no column when no run says', () => {
    expect(comparisonMarkdown(compare(u20, u40))).toContain(
      '| Run | Role | Users | Duration | Requests | Success rate |\n',
    );
  });
});
