// Comparisons judged against criteria sets on our Locust 2.12 runs. Figures from
// fixtures/locust-2.12-generated/*/_stats.csv, Aggregated row: 20 users 544/552 successes (98.55%),
// median 160 ms, p95 1,900 ms, max 4,397 ms; 40 users 759/772 (98.32%), median 520 ms, p95 4,200 ms,
// max 9,004 ms. The set is the seed report's retest bar ("success > 97%, p95 < 3 s, median < 400 ms").
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns, type RunInput } from '../analysis/compare-runs';
import type { Status } from '../analysis/types';
import { compareWithCriteria, latencyLimitsOf, type ComparedSet } from './compare';
import { comparisonMarkdown } from '../report/markdown';
import type { Criterion } from './types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const runs: Record<string, RunInput> = {
  '20u': { id: '20u', run: u20 },
  '40u': { id: '40u', run: u40 },
  '40u again': { id: '40u-b', run: u40 },
};

const SUCCESS: Criterion = { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97 };
const P95: Criterion = { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 };
const MEDIAN: Criterion = { metric: 'medianMs', scope: 'aggregate', op: '<', target: 400, severity: 'should' };
const RETEST: ComparedSet = { name: 'Retest at 40 users', criteria: [SUCCESS, P95, MEDIAN] };

const row = (c: ReturnType<typeof compareRuns>, metric: string) => c.summary.find((r) => r.metric === metric)!;

describe('compareWithCriteria: the verdict on the target run and latency beyond a limit', () => {
  test.each<[string, string, string, 'GO' | 'CONDITIONAL' | 'NO-GO', (boolean | null)[], Status, string | undefined]>([
    // p95 4,200 ms: +121% (critical already) and beyond 3,000 ms.
    [
      '20 -> 40 users',
      '20u',
      '40u',
      'NO-GO',
      [true, false, false],
      'critical',
      'beyond the Retest at 40 users limit of 3,000 ms',
    ],
    // The target is 20 users: 1,900 ms meets the limit, the improvement stays an improvement.
    ['40 -> 20 users', '40u', '20u', 'GO', [true, true, true], 'improved', undefined],
    // The same run twice: no change at all, yet 4,200 ms is beyond the limit: at least a warning.
    [
      '40 users vs itself',
      '40u',
      '40u again',
      'NO-GO',
      [true, false, false],
      'warning',
      'beyond the Retest at 40 users limit of 3,000 ms',
    ],
  ])('%s', (_what, b, t, verdict, met, p95Status, beyond) => {
    const c = compareWithCriteria([runs[b]!, runs[t]!], 0, undefined, [], [RETEST]);
    expect(c.criteria).toHaveLength(1);
    expect(c.criteria[0]).toMatchObject({ name: 'Retest at 40 users', verdict });
    expect(c.criteria[0]!.results.map((r) => r.met)).toEqual(met);
    expect(row(c, 'p95Ms').status).toBe(p95Status);
    expect(row(c, 'p95Ms').beyondCriterion).toBe(beyond);
    if (beyond) expect(row(c, 'p95Ms').reason).toMatch(/^beyond the Retest at 40 users limit of 3,000 ms; /);
    // The median limit (400 ms, a "should") is a limit too: 520 ms is beyond it on 40 users.
    expect(row(c, 'medianMs').beyondCriterion).toBe(
      t === '20u' ? undefined : 'beyond the Retest at 40 users limit of 400 ms',
    );
  });

  test('without sets: exactly compareRuns, criteria []', () => {
    const inputs = [runs['20u']!, runs['40u']!];
    const c = compareWithCriteria(inputs);
    expect(c).toEqual(compareRuns(inputs));
    expect(c.criteria).toEqual([]);
    expect(c.summary.some((r) => r.beyondCriterion !== undefined)).toBe(false);
  });

  test('the chosen baseline: the target is the last run other than it, relative criteria compare with it', () => {
    const relative: ComparedSet = {
      name: 'No slower',
      criteria: [{ metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1, floorMs: 50 }],
    };
    const c = compareWithCriteria([runs['40u']!, runs['20u']!], 1, undefined, [], [relative]);
    // baseline 20 users, target 40 users: median 160 -> 520 ms = +225%.
    expect(c.criteria[0]!.results[0]).toMatchObject({ met: false, relative: 'baseline', floorMs: 50 });
    expect(c.criteria[0]!.results[0]!.current).toBeCloseTo(520 / 160 - 1, 12);
    // A set with its own baseline run (a stored set) compares with it: 40 users against 40 users.
    const own = compareWithCriteria(
      [runs['40u']!, runs['20u']!],
      1,
      undefined,
      [],
      [{ ...relative, baselineRun: u40 }],
    );
    expect(own.criteria[0]!.results[0]).toMatchObject({ met: true, current: 0 });
    // A stored set whose baseline run is gone: its relative criteria cannot be evaluated.
    const gone = compareWithCriteria(
      [runs['40u']!, runs['20u']!],
      1,
      undefined,
      [],
      [{ ...relative, baselineRun: null }],
    );
    expect(gone.criteria[0]).toMatchObject({
      verdict: 'NO-GO',
      results: [{ met: null, reason: 'a relative criterion needs a baseline run' }],
    });
  });

  test('a failing "should" only: CONDITIONAL; several sets keep their order', () => {
    const should: ComparedSet = { name: 'Nice to have', criteria: [SUCCESS, MEDIAN] };
    const c = compareWithCriteria([runs['20u']!, runs['40u']!], 0, undefined, [], [should, RETEST]);
    expect(c.criteria.map((s) => [s.name, s.verdict])).toEqual([
      ['Nice to have', 'CONDITIONAL'],
      ['Retest at 40 users', 'NO-GO'],
    ]);
    expect(c.criteria[0]!.results[1]).toMatchObject({
      metric: 'medianMs',
      current: 520,
      met: false,
      severity: 'should',
    });
  });

  test("fewer than two runs or a bad baseline: compareRuns' RangeError", () => {
    expect(() => compareWithCriteria([runs['20u']!], 0, undefined, [], [RETEST])).toThrow(RangeError);
    expect(() => compareWithCriteria([runs['20u']!, runs['40u']!], 2, undefined, [], [RETEST])).toThrow(RangeError);
  });
});

describe('latencyLimitsOf: the strictest aggregate upper limit per latency, with its set', () => {
  test.each<[string, ComparedSet[], unknown]>([
    ['none', [], {}],
    // inclusive: the criterion allows the limit itself (<=); with <, a value equal to it is beyond.
    [
      'one set',
      [RETEST],
      {
        p95Ms: { limitMs: 3000, setName: 'Retest at 40 users', inclusive: false },
        medianMs: { limitMs: 400, setName: 'Retest at 40 users', inclusive: false },
      },
    ],
    [
      'the strictest wins, named by its set; max and p99 count',
      [
        RETEST,
        {
          name: 'Production GO',
          criteria: [
            { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 2000 },
            { metric: 'p99Ms', scope: 'aggregate', op: '<', target: 5000 },
            { metric: 'maxMs', scope: 'aggregate', op: '<', target: 10000 },
            { metric: 'medianMs', scope: 'aggregate', op: '<', target: 500 },
          ],
        },
      ],
      {
        p95Ms: { limitMs: 2000, setName: 'Production GO', inclusive: true },
        p99Ms: { limitMs: 5000, setName: 'Production GO', inclusive: false },
        maxMs: { limitMs: 10000, setName: 'Production GO', inclusive: false },
        medianMs: { limitMs: 400, setName: 'Retest at 40 users', inclusive: false },
      },
    ],
    [
      'not limits: other scopes, relative gates, lower bounds, other metrics',
      [
        {
          name: 'x',
          criteria: [
            { metric: 'p95Ms', scope: 'endpoint:GET /dashboard/', op: '<', target: 1000 },
            { metric: 'p95Ms', scope: 'group:/api/', op: '<', target: 1000 },
            { metric: 'p95Ms', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 },
            { metric: 'p95Ms', scope: 'aggregate', op: '>', target: 10 },
            { metric: 'avgMs', scope: 'aggregate', op: '<', target: 100 },
            { metric: 'p99.9Ms', scope: 'aggregate', op: '<', target: 100 },
          ],
        },
      ],
      {},
    ],
  ])('%s', (_what, sets, limits) => {
    expect(latencyLimitsOf(sets)).toEqual(limits);
  });
});

test('the criteria section of the report is written from the comparison JSON alone', () => {
  const relative: Criterion = {
    metric: 'medianMs',
    scope: 'aggregate',
    relative: 'baseline',
    op: '<=',
    target: 0.1,
    floorMs: 50,
  };
  const c = compareWithCriteria(
    [runs['20u']!, { id: '40u', run: { ...u40, meta: { ...u40.meta, label: '40 users' } } }],
    0,
    undefined,
    [],
    [{ name: 'Retest at 40 users', criteria: [SUCCESS, P95, MEDIAN, relative] }],
  );
  const fromJson = JSON.parse(JSON.stringify(c)) as typeof c;
  const md = comparisonMarkdown(fromJson);
  const section = md.slice(md.indexOf('## Success criteria')).split('\n');
  expect(section.slice(0, 10)).toEqual([
    '## Success criteria on 40 users',
    '',
    '### Retest at 40 users: 🔴 NO-GO',
    '',
    '| Metric | Scope | Current | Target | Met |',
    '|---|---|---:|---|---|',
    '| Success rate | all requests | 98.32% | \\> 97.00% | ✅ |',
    '| p95 | all requests | 4,200 ms | \\< 3,000 ms | ❌ |',
    '| Median | all requests | 520 ms | \\< 400 ms | ❌ |',
    '| Median | all requests | +225.0% | ≤ +10.0% vs baseline (or within 50 ms) | ❌ |',
  ]);
  expect(md.match(/## Success criteria/g)).toHaveLength(1);
  expect(comparisonMarkdown({ ...fromJson, criteria: [] })).not.toContain('## Success criteria');
});

describe('scoped sets (appliesTo) on the 2.12 series: only sets that apply to the target judge it', () => {
  const LOCUST = /\.(csv|html)$/;
  const series = (name: string): RunInput => ({ id: name, run: fixtureRun(`locust-2.12-series/${name}`, LOCUST) });
  const at100: ComparedSet = {
    name: 'Production @100 users',
    appliesTo: { userCount: 100 },
    criteria: [{ ...P95, target: 2000 }],
  };
  const retestOnly: ComparedSet = { name: 'Retest', appliesTo: { labelGlob: '*retest*' }, criteria: [P95] };
  const tagged: ComparedSet = { name: 'Release', appliesTo: { tags: ['release'] }, criteria: [P95] };

  test.each<[string, string, string, string[], [string, string][]]>([
    [
      '50 -> 100 users: the 100-user set judges; the retest and tagged sets do not',
      'series-50u',
      'series-100u',
      ['Production @100 users'],
      [
        ['Retest', 'Retest applies to runs labelled “*retest*”; this run is labelled “series-100u”'],
        ['Release', 'Release applies to runs tagged release; this run is not tagged release'],
      ],
    ],
    [
      '100 -> 50 users: the 100-user set says why it is left out',
      'series-100u',
      'series-50u',
      [],
      [
        ['Production @100 users', 'Production @100 users applies to 100-user runs; this run has 50 users'],
        ['Retest', 'Retest applies to runs labelled “*retest*”; this run is labelled “series-50u”'],
        ['Release', 'Release applies to runs tagged release; this run is not tagged release'],
      ],
    ],
    [
      '100 -> retest: both the 100-user and the retest sets judge it',
      'series-100u',
      'series-retest-100u',
      ['Production @100 users', 'Retest'],
      [['Release', 'Release applies to runs tagged release; this run is not tagged release']],
    ],
  ])('%s', (_what, base, target, judged, left) => {
    const c = compareWithCriteria([series(base), series(target)], 0, undefined, [], [at100, retestOnly, tagged]);
    expect(c.criteria.map((s) => s.name)).toEqual(judged);
    expect(c.criteriaOutOfScope.map((s) => [s.name, s.reason])).toEqual(left);
  });

  test('a set left out sets no latency limit on the headline', () => {
    const c = compareWithCriteria(
      [series('series-100u'), series('series-50u')],
      0,
      undefined,
      [],
      [{ ...at100, criteria: [{ ...P95, target: 1000 }] }],
    );
    expect(row(c, 'p95Ms').beyondCriterion).toBeUndefined();
    const judged = compareWithCriteria(
      [series('series-50u'), series('series-100u')],
      0,
      undefined,
      [],
      [{ ...at100, criteria: [{ ...P95, target: 1000 }] }],
    );
    expect(judged.summary.find((r) => r.metric === 'p95Ms')!.beyondCriterion).toContain('Production @100 users');
  });

  test("a scope decided by the caller (who knows the run's tags) wins over the target's label and users", () => {
    const c = compareWithCriteria(
      [series('series-50u'), series('series-100u')],
      0,
      undefined,
      [],
      [{ ...tagged, outOfScope: null }],
    );
    expect(c.criteria.map((s) => s.name)).toEqual(['Release']);
    expect(c.criteriaOutOfScope).toEqual([]);
  });

  test('without sets the comparison lists none left out', () => {
    expect(compareWithCriteria([series('series-50u'), series('series-100u')]).criteriaOutOfScope).toEqual([]);
  });
});

test('the Markdown report says which sets did not judge the target, and why', () => {
  const LOCUST = /\.(csv|html)$/;
  const series = (name: string): RunInput => ({ id: name, run: fixtureRun(`locust-2.12-series/${name}`, LOCUST) });
  const at100: ComparedSet = { name: 'Production @100 users', appliesTo: { userCount: 100 }, criteria: [P95] };
  const md = comparisonMarkdown(
    compareWithCriteria([series('series-100u'), series('series-50u')], 0, undefined, [], [at100]),
  );
  // Names come from data: escaped (`\@`).
  expect(md).toContain(
    '## Success criteria on series-50u\n\n- **Not judged:** Production \\@100 users applies to 100-user runs; ' +
      'this run has 50 users.',
  );
});
