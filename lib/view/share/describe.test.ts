// Share-link descriptions on real runs: our Locust 2.12 runs at 20 and 40 users (Aggregated rows of
// their _stats.csv: 552 req / 8 failures, median 160, p95 1,900 ms, 9.33 req/s -> 772 / 13, 520,
// 4,200 ms, 13.04 req/s) and the ONS series at 1/10/15/80 users (no failures at any load).
import { describe, expect, test } from 'vitest';
import { buildCompareModel } from '../compare/model';
import { onsRuns, u20, u40, viewOf } from '../compare/test-fixtures';
import { evaluateProject, type RunToEvaluate } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import type { ParsedRun } from '../../domain/locust/types';
import { clip, comparisonDescription, projectDescription, runDescription, withVerdict } from './describe';

/** The figures the run summary stores (lib/server/db/runs-write.ts). */
const figures = (run: ParsedRun) => {
  const a = run.aggregated;
  return {
    requests: a.requests,
    failureRate: a.requests > 0 ? a.failures / a.requests : null,
    medianMs: a.medianMs,
    p95Ms: a.percentiles['95'] ?? null,
    rps: a.rps,
  };
};

describe('runDescription', () => {
  const ons80 = onsRuns()[3]!;
  test.each([
    ['20 users', figures(u20()), '552 requests, 1.45% failures, median 160 ms, p95 1,900 ms, 9.33 req/s'],
    ['40 users', figures(u40()), '772 requests, 1.68% failures, median 520 ms, p95 4,200 ms, 13.04 req/s'],
    [
      'ONS 80 clients: no failures',
      figures(ons80),
      expect.stringMatching(/^[\d,]+ requests, no failures, median [\d,.]+ ms, p95 [\d,.]+ ms, [\d,.]+ req\/s$/),
    ],
    [
      'unknown figures left out',
      { requests: 1, failureRate: 0.00002, medianMs: null, p95Ms: null, rps: null },
      '1 request, <0.01% failures',
    ],
    ['no requests', { requests: 0, failureRate: null, medianMs: null, p95Ms: null, rps: null }, '0 requests'],
  ])('%s', (_, input, expected) => expect(runDescription(input)).toEqual(expected));
});

describe('comparisonDescription', () => {
  test.each([
    // Scaling on goodput (9.20 -> 12.82 successful req/s), one verdict whichever run is the baseline: the old
    // "linear" with the 40-user baseline measured scaling downwards from it, which the issue rejects.
    [
      '20 vs 40 users',
      [u20(), u40()],
      0,
      '40 users: responses capped at ~9 s, likely a timeout. 40 users vs 20 users: critical regression. ' +
        'P95 4,200 ms vs 1,900 ms (+121%), goodput 12.82/s vs 9.2/s (+39%) for 2× users: saturated ' +
        '(−30% against linear from 20 to 40 users).',
    ],
    [
      'baseline 40 users',
      [u20(), u40()],
      1,
      '40 users: responses capped at ~9 s, likely a timeout. 20 users vs 40 users: improved, ' +
        'no regression beyond the thresholds. P95 1,900 ms vs 4,200 ms (−55%), goodput 9.2/s vs 12.82/s (−28%) ' +
        'for 0.5× users: saturated (−30% against linear from 20 to 40 users).',
    ],
  ])('%s', (_, runs, baseline, expected) => {
    const model = buildCompareModel(
      viewOf(
        runs.map((run, i) => ({ id: `run${i}`, run })),
        baseline,
      ),
    );
    expect(comparisonDescription(model.verdict)).toBe(expected);
  });

  test('what must be read first comes first: a run compared with itself', () => {
    const model = buildCompareModel(
      viewOf([
        { id: 'a', run: u40() },
        { id: 'b', run: u40() },
      ]),
    );
    expect(comparisonDescription(model.verdict)).toMatch(
      new RegExp(
        /^40 users and 40 users have identical figures: most likely the same run uploaded twice\. /.source +
          /40 users: responses capped at ~9 s, likely a timeout\. 40 users vs 40 users: /.source,
      ),
    );
  });

  test('four ONS runs: the last against the first', () => {
    const model = buildCompareModel(viewOf(onsRuns().map((run, i) => ({ id: `ons${i}`, run }))));
    expect(comparisonDescription(model.verdict)).toMatch(
      new RegExp(
        /^3500mcpu_80_clients\S* vs 3500mcpu: .+\. P95 390 ms vs 240 ms \(\+63%\), goodput 118\/s vs 8\.97\/s /.source +
          /\(\+1216%\) for 80× users: saturated \(−84% against linear from 1 to 80 users\)\.$/.source,
      ),
    );
  });
});

describe('projectDescription', () => {
  const runs: RunToEvaluate[] = [
    { id: 'run20', label: '20 users', createdAt: '2026-11-20T00:00:00.000Z', userCount: 20, run: u20() },
    { id: 'run40', label: '40 users after fixes', createdAt: '2026-11-21T00:00:00.000Z', userCount: 40, run: u40() },
  ];
  const set = (id: string, name: string, target: number): StoredCriteriaSet => ({
    id,
    projectId: 'p',
    name,
    description: null,
    baselineRunId: null,
    createdAt: '',
    updatedAt: '',
    criteria: [{ id: `${id}c`, metric: 'p95Ms', scope: 'aggregate', op: '<', target }],
  });
  test.each([
    [
      'one set, met on the latest run',
      runs,
      [set('s1', 'Retest after 40 users', 5000)],
      'Retest after 40 users: GO on 40 users after fixes',
    ],
    // p95 4,200 ms on the latest run: under 5,000, not under 3,000.
    [
      'two sets',
      runs,
      [set('s1', 'Conditional GO', 5000), set('s2', 'Production GO', 3000)],
      'Conditional GO: GO; Production GO: NO-GO on 40 users after fixes',
    ],
    ['no sets', runs, [], '2 runs, latest 40 users after fixes; no success criteria yet.'],
    ['no runs', [], [set('s1', 'Retest', 3000)], 'No runs yet.'],
  ])('%s', (_, projectRuns, sets, expected) =>
    expect(projectDescription(evaluateProject(projectRuns, sets), projectRuns.length)).toBe(expected),
  );

  // One page of a bigger project: the count is the project's; an older page does not claim the latest verdict.
  test.each([
    [true, 1234, 'Retest: GO on 40 users after fixes'],
    [false, 1234, '1,234 runs; older runs shown, from 20 users to 40 users after fixes.'],
  ])('newest page %s of %i runs', (newestPage, runCount, expected) =>
    expect(projectDescription(evaluateProject(runs, [set('s1', 'Retest', 5000)]), runCount, newestPage)).toBe(expected),
  );
  test('no sets on the newest page of 1,234 runs', () =>
    expect(projectDescription(evaluateProject(runs, []), 1234)).toBe(
      '1,234 runs, latest 40 users after fixes; no success criteria yet.',
    ));
});

test('clip keeps short text and ends long text with an ellipsis', () => {
  expect(clip('short', 10)).toBe('short');
  expect(clip('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
});

describe("withVerdict: a link preview leads with the criteria's verdict", () => {
  const rest = '40 users vs 20 users: critical regression. P95 4,200 ms vs 1,900 ms (+121%).';
  test.each([
    [
      'a set applies',
      { overall: 'NO-GO' as const, headline: 'NO-GO on 40 users: Release gate misses 1 of 2 criteria.' },
      `NO-GO on 40 users: Release gate misses 1 of 2 criteria. ${rest}`,
    ],
    [
      'none applies: the change alone',
      { overall: null, headline: 'No success criteria apply to this run — change status only.' },
      rest,
    ],
  ])('%s', (_what, verdict, expected) => expect(withVerdict(verdict, rest)).toBe(expected));
});
