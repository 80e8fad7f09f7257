// The roadmap slide's open items on a project of our Locust 2.12 runs: 20 users (p95 1900 ms) then
// 40 users (p95 4200 ms), judged by "p95 < 3000" (met at 20, not at 40), "p95 < 5000" (met at both) and
// "p95 < 1000" (met at neither).
import { expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateProject } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import type { RoadmapItem, RoadmapPhase } from '../../domain/roadmap/types';
import { verifyItem } from '../../domain/roadmap/verify';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';
import { openItems, phaseProgress } from './roadmap';

const set: StoredCriteriaSet = {
  id: 'set',
  projectId: 'p',
  name: 'Gate',
  description: null,
  baselineRunId: null,
  createdAt: '',
  updatedAt: '',
  criteria: [
    { id: 'strict', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { id: 'loose', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 5000 },
    { id: 'stricter', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 1000 },
  ],
};
const evaluation = evaluateProject(
  [
    {
      id: 'run20',
      label: '20 users',
      createdAt: '2026-11-20T00:00:00.000Z',
      userCount: 20,
      run: fixtureRun('locust-2.12-generated/smallpool-20u'),
    },
    {
      id: 'run40',
      label: '40 users',
      createdAt: '2026-11-21T00:00:00.000Z',
      userCount: 40,
      run: fixtureRun('locust-2.12-generated/smallpool-40u'),
    },
  ],
  [set],
);
const BEFORE = '2026-11-19T00:00:00.000Z';
const BETWEEN = '2026-11-20T12:00:00.000Z';
const item = (id: string, over: Partial<RoadmapItem>): RoadmapItem => ({
  id,
  title: id,
  priority: 'medium',
  problem: null,
  expectedImpact: null,
  owner: null,
  status: 'todo',
  notes: null,
  criterionIds: [],
  createdAt: BETWEEN,
  ...over,
});
const phases: RoadmapPhase[] = [
  {
    id: 'db',
    title: 'Database',
    notes: null,
    items: [
      item('pool', { priority: 'low' }),
      item('index', { priority: 'critical', criterionIds: ['stricter'] }), // 1900 and 4200 ms: not met yet
      item('done-by-people', { status: 'done' }),
    ],
  },
  {
    id: 'cache',
    title: 'Caching',
    notes: null,
    items: [
      item('verified', { criterionIds: ['loose'] }), // 40 users: 4200 < 5000, verified by the run
      item('broken', { status: 'done', criterionIds: ['strict'], createdAt: BEFORE }), // met at 20 users, broken at 40
      item('high', { priority: 'high' }),
    ],
  },
];
const view: RoadmapView = {
  projectId: 'p',
  roadmap: { phases },
  criteria: {},
  verification: Object.fromEntries(
    phases.flatMap((p) => p.items).map((i) => [i.id, verifyItem(i, evaluation.runs, evaluation.resultsByRun)]),
  ),
};

test('open items: broken again first (even when ticked), then critical, high, low; done and verified left out', () => {
  const { items, total } = openItems(view);
  expect(total).toBe(4);
  expect(items.map((i) => [i.id, i.phase, i.verification])).toEqual([
    ['broken', 'Caching', 'Broken again by 40 users (verified by 20 users before)'],
    ['index', 'Database', 'Not met yet'],
    ['high', 'Caching', null],
    ['pool', 'Database', null],
  ]);
  expect(openItems(view, {}, 2)).toMatchObject({ total: 4, items: [{ id: 'broken' }, { id: 'index' }] });
});

test('progress per phase: ticked by people or verified by a run', () => {
  expect(phaseProgress(view)).toEqual([
    { id: 'db', title: 'Database', total: 3, done: 1, verified: 0, regressed: 0, linked: 1 },
    { id: 'cache', title: 'Caching', total: 3, done: 2, verified: 1, regressed: 1, linked: 2 },
  ]);
});
