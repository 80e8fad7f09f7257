// Slide planning on real runs: our Locust 2.12 runs at 20 and 40 users (smallpool, 14 endpoints, new
// failures at 40 users) and the ONS series (1/10/15/80 users, 145 endpoints, no failures). Endpoint
// figures quoted from the fixtures' _stats.csv rows; the projects are built as the services build them.
import { describe, expect, test } from 'vitest';
import { synthetic } from '../../../test/support/stepped-run';
import { compareSteps } from '../../domain/analysis/compare-steps';
import { comparisonMarkdown } from '../../domain/report/markdown';
import { evaluateProject } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { unpackEndpoints } from '../compare/endpoints';
import { buildCompareModel, type CompareModel } from '../compare/model';
import { onsRuns, u20, u40, viewOf } from '../compare/test-fixtures';
import { verifyItem } from '../../domain/roadmap/verify';
import type { Roadmap } from '../../domain/roadmap/types';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';
import {
  compareSlides,
  deckKey,
  endpointScore,
  presentHref,
  projectSlides,
  slideFromHash,
  worstEndpoints,
  type ProjectDeckData,
} from './slides';
import { PRODUCTION_GO } from './test-series';

const small = buildCompareModel(
  viewOf([
    { id: 'a', run: u20() },
    { id: 'b', run: u40() },
  ]),
);
const same = buildCompareModel(
  viewOf([
    { id: 'a', run: u20() },
    { id: 'b', run: u20() },
  ]),
);
const ons = buildCompareModel(viewOf(onsRuns().map((run, i) => ({ id: `r${i}`, run }))));
// One stepped run (synthetic Locust history, 50 -> 100 -> 150 users), compared step by step, as in findings.test.ts.
const steppedComparison = compareSteps({ id: 'run_s', run: synthetic({ full: true, reset: true }) });
const stepped = buildCompareModel({
  comparison: steppedComparison,
  groups: [],
  runs: [
    viewOf([
      { id: 'run_s', run: synthetic({ full: true, reset: true }) },
      { id: 'x', run: u20() },
    ]).runs[0]!,
  ],
  markdown: comparisonMarkdown(steppedComparison),
  plan: null,
  meeting: null,
  key: { runs: ['run_s'], baseline: null, steps: true },
});
const kinds = (m: CompareModel) => compareSlides(m).map((s) => s.kind);
const labels = (m: CompareModel, idx: number[]) => {
  const rows = unpackEndpoints(m.endpoints, m.head.baselineIndex, m.head.targetIndex);
  return idx.map((i) => rows[i]!.label);
};

const set = (id: string, name: string, target: number): StoredCriteriaSet => ({
  id,
  projectId: 'p',
  name,
  description: null,
  baselineRunId: null,
  createdAt: '',
  updatedAt: '',
  criteria: [{ id: `${id}-c`, metric: 'p95Ms', scope: 'aggregate', op: '<', target }],
});
const runs = [
  { id: 'run20', label: '20 users', createdAt: '2026-11-20T00:00:00.000Z', userCount: 20, run: u20() },
  { id: 'run40', label: '40 users', createdAt: '2026-11-21T00:00:00.000Z', userCount: 40, run: u40() },
];
const sets = [set('gate', 'Release gate', 3000), set('loose', 'Loose', 5000)];
const evaluation = evaluateProject(runs, sets);
const roadmapView = (roadmap: Roadmap): RoadmapView => ({
  projectId: 'p',
  roadmap,
  criteria: {},
  verification: Object.fromEntries(
    roadmap.phases.flatMap((p) => p.items).map((i) => [i.id, verifyItem(i, evaluation.runs, evaluation.resultsByRun)]),
  ),
});
const item = {
  id: 'i1',
  priority: 'high',
  title: 'Pool size 4',
  problem: null,
  expectedImpact: null,
  owner: null,
  status: 'todo',
  notes: null,
  criterionIds: ['gate-c'],
  createdAt: '2026-11-20T12:00:00.000Z',
} as const;
const roadmap = roadmapView({
  phases: [{ id: 'ph1', title: 'Database', notes: null, items: [{ ...item, criterionIds: [...item.criterionIds] }] }],
});
const empty = roadmapView({ phases: [] });
const withPlan = (m: CompareModel, planRoadmap: RoadmapView, planSets = sets): CompareModel => ({
  ...m,
  plan: {
    project: { id: 'p', name: 'RAB' },
    verdicts: planSets.map((s, i) => ({ set: s, verdict: evaluation.sets[i]!.verdicts[1]! })),
    roadmap: planRoadmap,
  },
});

describe('compare slides: the review order, empty findings left out', () => {
  test.each([
    [
      '20 vs 40 users: failures, scaling, no project',
      small,
      ['verdict', 'headline', 'percentiles', 'endpoints', 'failures', 'scaling', 'scaling-curve'],
    ],
    // Nothing got worse against itself, same user count: no endpoints slide, no scaling; the same failures in both.
    ['20 vs 20 users: the same run twice', same, ['verdict', 'headline', 'percentiles', 'failures']],
    // ONS: no failures in any run (0 failures in every _stats.csv Aggregated row): no failure slide.
    // Steps of one run: the steps table after the headline; no percentile overlay (steps carry none);
    // failures per step (8, ≥ 30, 33) but no messages to diff.
    [
      'one stepped run, 50/100/150 users',
      stepped,
      ['verdict', 'headline', 'steps', 'endpoints', 'failures', 'scaling', 'scaling-curve'],
    ],
    ['ONS 1/10/15/80 users', ons, ['verdict', 'headline', 'percentiles', 'endpoints', 'scaling', 'scaling-curve']],
    [
      'with a project: one slide per criteria set, then the roadmap',
      withPlan(small, roadmap),
      [
        'verdict',
        'headline',
        'percentiles',
        'endpoints',
        'failures',
        'scaling',
        'scaling-curve',
        'criteria',
        'criteria',
        'roadmap',
      ],
    ],
    [
      'project without roadmap phases',
      withPlan(small, empty),
      [
        'verdict',
        'headline',
        'percentiles',
        'endpoints',
        'failures',
        'scaling',
        'scaling-curve',
        'criteria',
        'criteria',
      ],
    ],
    [
      'project without criteria sets',
      withPlan(small, roadmap, []),
      ['verdict', 'headline', 'percentiles', 'endpoints', 'failures', 'scaling', 'scaling-curve', 'roadmap'],
    ],
  ])('%s', (_, model, expected) => {
    expect(kinds(model)).toEqual(expected);
  });

  test('titles: the verdict title first, criteria sets named with the target run', () => {
    const slides = compareSlides(withPlan(small, roadmap));
    expect(slides[0]!.title).toBe('40 users vs 20 users: critical regression');
    expect(slides.filter((s) => s.kind === 'criteria')).toEqual([
      { kind: 'criteria', title: 'Release gate on 40 users', setId: 'gate', rows: [0] },
      { kind: 'criteria', title: 'Loose on 40 users', setId: 'loose', rows: [0] },
    ]);
    expect(slides.at(-1)).toEqual({ kind: 'roadmap', title: 'Roadmap of RAB' });
  });
});

describe('worst endpoints: top 8 by P95 growth or failure-rate growth', () => {
  test('20 vs 40 users: P95 growth leads (parameters/ 95% 190 -> 6400 ms, 1 failure in 73 requests new)', () => {
    expect(labels(small, worstEndpoints(small))).toEqual([
      'GET /api/project/[id]/parameters/',
      'GET /detail_project/[id]/harga-items/',
      'GET /detail_project/[id]/jadwal-pekerjaan/',
      'GET /api/v2/project/[id]/chart-data/',
      'GET /detail_project/[id]/rekap-rab/',
      'GET /detail_project/[id]/rincian-ahsp/',
      'GET /api/project/[id]/list-pekerjaan/tree/',
      'POST /accounts/login/',
    ]);
  });

  test('ONS, 145 endpoints: 8 of them, led by GET health/ (95% 110 -> 380 ms, +245%)', () => {
    const worst = worstEndpoints(ons);
    expect(worst).toHaveLength(8);
    expect(labels(ons, worst).slice(0, 2)).toEqual([
      'GET /questionnaire/household/{id}/health/',
      'GET /questionnaire/household/{id}/qualifications-introduction/',
    ]);
  });

  test('a run against itself: nothing got worse, no endpoint', () => {
    expect(worstEndpoints(same)).toEqual([]);
  });

  test.each([
    ['P95 growth', { p95Change: 1.5, failureRateChange: 0, insufficientData: false }, 1.5],
    [
      'failure-rate growth outweighs: 20 points × 10',
      { p95Change: 1.5, failureRateChange: 0.2, insufficientData: false },
      2,
    ],
    ['better on both: not worse', { p95Change: -0.3, failureRateChange: -0.01, insufficientData: false }, 0],
    ['unknown changes', { p95Change: null, failureRateChange: null, insufficientData: false }, 0],
    ['too few requests to judge', { p95Change: 4, failureRateChange: 0.5, insufficientData: true }, 0],
  ])('score: %s', (_, e, score) => {
    expect(endpointScore(e)).toBeCloseTo(score, 12);
  });
});

test('failure slide: 5 of 11 messages, new first, more target occurrences first (2 new, then 1 each)', () => {
  const slide = compareSlides(small).find((s) => s.kind === 'failures');
  expect(slide).toEqual({ kind: 'failures', title: 'Failures', rows: ['0', '1', '2', '3', '4'] });
  const rows = small.failureDiffs.filter((r) => slide!.rows.includes(r.id));
  expect(rows.every((r) => r.status === 'new')).toBe(true);
});

describe('project slides', () => {
  const deck = (over: Partial<ProjectDeckData>): ProjectDeckData => ({
    project: { id: 'p', name: 'RAB', description: null, createdAt: '' },
    sets,
    evaluation,
    roadmap,
    ...over,
  });

  test.each([
    [
      'runs, two sets, a roadmap',
      deck({}),
      ['Verdicts over time', 'Release gate on 40 users', 'Loose on 40 users', 'Roadmap progress'],
    ],
    [
      'no roadmap phases',
      deck({ roadmap: empty }),
      ['Verdicts over time', 'Release gate on 40 users', 'Loose on 40 users'],
    ],
    ['no sets: the roadmap alone', deck({ sets: [], evaluation: evaluateProject(runs, []) }), ['Roadmap progress']],
    ['no runs: nothing to judge', deck({ evaluation: evaluateProject([], sets) }), ['Roadmap progress']],
    [
      'nothing at all: one slide that says so',
      deck({ sets: [], evaluation: evaluateProject([], []), roadmap: empty }),
      ['RAB'],
    ],
  ])('%s', (_, data, titles) => {
    expect(projectSlides(data).map((s) => s.title)).toEqual(titles);
  });

  test('each set judged on the latest run (40 users: p95 4200 ms, NO-GO for < 3000, GO for < 5000)', () => {
    expect(projectSlides(deck({})).filter((s) => s.kind === 'project-set')).toEqual([
      { kind: 'project-set', title: 'Release gate on 40 users', setId: 'gate', runId: 'run40', rows: [0] },
      { kind: 'project-set', title: 'Loose on 40 users', setId: 'loose', runId: 'run40', rows: [0] },
    ]);
    expect(evaluation.sets.map((s) => s.verdicts.at(-1)!.verdict)).toEqual(['NO-GO', 'GO']);
  });

  test('verdicts over time: both one-criterion sets on one slide; a 14-criterion set adds two more', () => {
    expect(projectSlides(deck({})).filter((s) => s.kind === 'project-verdicts')).toEqual([
      {
        kind: 'project-verdicts',
        title: 'Verdicts over time',
        firstRun: 0,
        sets: [
          { setId: 'gate', criteria: [0] },
          { setId: 'loose', criteria: [0] },
        ],
      },
    ]);
    const more = [...sets, PRODUCTION_GO];
    const slides = projectSlides(deck({ sets: more, evaluation: evaluateProject(runs, more) }));
    expect(slides.filter((s) => s.kind === 'project-verdicts').map((s) => s.title)).toEqual([
      'Verdicts over time (1/3)',
      'Verdicts over time (2/3)',
      'Verdicts over time (3/3)',
    ]);
  });
});

test.each([
  ['/compare?runs=a,b&baseline=a&group=API=%2Fapi', '/compare/present?runs=a,b&baseline=a&group=API=%2Fapi'],
  ['/compare?runs=a&steps=1', '/compare/present?runs=a&steps=1'],
  ['/projects/prj_1', '/projects/prj_1/present'],
  ['/projects/prj_1/', '/projects/prj_1/present'],
])('presentHref(%j) = %j', (page, present) => {
  expect(presentHref(page)).toBe(present);
});

test.each([
  ['#3', 9, 2],
  ['3', 9, 2],
  ['#1', 9, 0],
  ['#0', 9, 0],
  ['#42', 9, 8],
  ['', 9, 0],
  ['#intro', 9, 0],
  ['#2', 0, 0],
])('slideFromHash(%j, %i) = %i', (hash, count, index) => {
  expect(slideFromHash(hash, count)).toBe(index);
});

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => deckKey({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

test.each([
  ['ArrowRight', {}, 'next'],
  ['PageDown', {}, 'next'],
  [' ', {}, 'next'],
  [' ', { shiftKey: true }, 'prev'],
  ['ArrowLeft', {}, 'prev'],
  ['PageUp', {}, 'prev'],
  ['Home', {}, 'first'],
  ['End', {}, 'last'],
  ['Escape', {}, 'exit'],
  ['f', {}, 'fullscreen'],
  ['F', { shiftKey: true }, 'fullscreen'],
  ['ArrowRight', { altKey: true }, null],
  ['f', { ctrlKey: true }, null],
  ['x', {}, null],
])('deckKey(%j, %j) = %s', (k, mods, expected) => {
  expect(key(k, mods)).toBe(expected);
});
