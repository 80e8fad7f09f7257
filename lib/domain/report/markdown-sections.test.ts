// The generated report reads like the hand-written seed report section for section. The seed (a team's
// 50 vs 100 users review) opens with its status, then: executive summary, critical issues by area,
// response-time percentiles, throughput analysis, slowest endpoints, response-time distribution,
// "what went well" and the success criteria / GO–NO-GO decision. Each must be in the report of real
// runs, in that order, and hold something.
import { expect, test } from 'vitest';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet } from '../criteria/types';
import type { ParsedRun } from '../locust/types';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns } from '../analysis/compare-runs';
import { comparisonMarkdown } from './markdown';

/** Seed section (its own heading, abridged) -> where the generated report has it. */
const SEED_SECTIONS: [string, RegExp][] = [
  ['Status: ⚠️ CONCERNING', /^\*\*Status: .+\*\* — .+/m],
  ['📊 EXECUTIVE SUMMARY', /^## Executive summary$/m],
  ['🚨 CRITICAL ISSUES BREAKDOWN (failures by area)', /^## Failures by area$/m],
  ['Response Time Degradation (P50…Max)', /^## Response-time percentiles$/m],
  ['Throughput Analysis', /^## Throughput and scaling$/m],
  ['Slowest Endpoints @ 100 Users', /^## Slowest endpoints$/m],
  ['Response Time Distribution', /^## Response-time distribution$/m],
  ['✅ WHAT WENT WELL', /^## What held up$/m],
  ['🎯 SUCCESS CRITERIA FOR RETEST / 🚦 GO/NO-GO DECISION', /^## Success criteria on .+$/m],
];

/** The seed's retest criteria (success rate > 97%, P95 < 3,000 ms, dashboard failures 0%, median < 400 ms). */
const SEED_CRITERIA: CriteriaSet = {
  name: 'Retest',
  criteria: [
    { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { metric: 'failureRate', scope: 'endpoint:GET /dashboard/', op: '<=', target: 0 },
    { metric: 'medianMs', scope: 'aggregate', op: '<', target: 400 },
  ],
};

function report(baseline: ParsedRun, target: ParsedRun): string {
  const verdict = evaluateCriteria(SEED_CRITERIA, target, baseline);
  const criteria = [{ name: verdict.name, verdict: verdict.verdict, results: verdict.results }];
  const runs = [
    { id: null, run: baseline },
    { id: null, run: target },
  ];
  return comparisonMarkdown(compareRuns(runs, 0, undefined, [], { criteria }));
}

function expectSeedSections(md: string) {
  const starts = SEED_SECTIONS.map(([seed, pattern]) => {
    const m = pattern.exec(md);
    expect(m, `the seed's "${seed}"`).not.toBeNull();
    return m!.index;
  });
  expect(
    [...starts].sort((a, b) => a - b),
    "in the seed's order",
  ).toEqual(starts);
  // The status is the first line after the title; every section holds a table, a list or a sentence.
  expect(md.split('\n')[2]).toMatch(SEED_SECTIONS[0]![1]);
  starts.slice(1).forEach((start, i) => {
    const body = md
      .slice(start, starts[i + 2] ?? md.length)
      .split('\n')
      .slice(1);
    expect(
      body.some((l) => /^(\| |- |[A-Z_*])/.test(l)),
      SEED_SECTIONS[i + 1]![0],
    ).toBe(true);
  });
}

test("smallpool 20 vs 40 users (fixtures/locust-2.12-generated) with the seed's retest criteria", () => {
  const dir = 'locust-2.12-generated';
  const md = report(fixtureRun(`${dir}/smallpool-20u`), fixtureRun(`${dir}/smallpool-40u`));
  expectSeedSections(md);
  // 98.32% > 97% is met; P95 4,200 ms, dashboard 2/87 failed and median 520 ms are not.
  expect(md).toContain(
    '**Status: 🔴 NOT READY (NO-GO)** — smallpool-40u against the criteria: ' + 'Retest NO-GO (1 of 4 met).',
  );
});

test("series 50 vs 100 users (fixtures/locust-2.12-series: the seed's loads) with the seed's retest criteria", () => {
  const series = (name: string) => fixtureRun(`locust-2.12-series/${name}`, new RegExp(`^${name}[_.]`));
  const md = report(series('series-50u'), series('series-100u'));
  expectSeedSections(md);
  // 92.95% success, P95 9,000 ms and 37 of 367 dashboard requests failed: three of four missed.
  expect(md).toContain(
    '**Status: 🔴 NOT READY (NO-GO)** — series-100u against the criteria: ' + 'Retest NO-GO (1 of 4 met).',
  );
});
