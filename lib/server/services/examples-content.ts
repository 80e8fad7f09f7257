// The demo project "Load example runs" stores: two runs of our own Locust 2.12 fixtures
// (fixtures/locust-2.12-generated), criteria sets that judge them differently, and a roadmap whose
// items those runs verify or not. Pure data; examples-service.ts stores it.
//
// Aggregated figures (each run's _stats.csv): 20 users 98.55% success, P95 1,900 ms, login P95 520 ms,
// exports' P95 at most 4,400 ms; 40 users 98.32%, P95 4,200 ms, login P95 3,700 ms, exports at most
// 4,000 ms. Targets sit between the two runs where a verdict should differ: P95 < 3,000 ms (1,900 | 4,200),
// login P95 < 1,000 ms (520 | 3,700); the others hold for both. Verdicts (examples-content.test.ts):
// Production gate GO at 20 users, NO-GO at 40; Conditional GO GO at 20, CONDITIONAL at 40.
import type { Criterion } from '../../domain/criteria/types';
import type { Priority } from '../../domain/roadmap/types';

export const EXAMPLE_PROJECT = 'Demo: RAB estimator (Locust 2.12)';

export const EXAMPLE_DESCRIPTION =
  'Two Locust 2.12 runs of a demo app at 20 and 40 users whose database pool was cut to two connections. ' +
  'Its criteria sets and roadmap are examples: edit them, or delete the project when you are done.';

export const EXAMPLE_TAGS = ['demo', 'pool-size-2'];
export const EXAMPLE_NOTES = 'Example run: Locust 2.12 against a simulated app whose DB pool is cut to 2 connections.';

/** Smallest load first: it is the comparison's baseline. */
export const EXAMPLE_RUNS = [
  { folder: 'smallpool-20u', label: '20 users' },
  { folder: 'smallpool-40u', label: '40 users' },
] as const;

const EXPORTS = 'group:/detail_project/[id]/export/';
const LOGIN = 'endpoint:POST /accounts/login/';

export interface ExampleSet {
  name: string;
  description: string;
  criteria: Criterion[];
}

export const EXAMPLE_SETS: ExampleSet[] = [
  {
    name: 'Production gate',
    description: 'What the team ships on: at least 97% of requests succeed and the P95 stays under 3 s.',
    criteria: [
      { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
      { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    ],
  },
  {
    name: 'Conditional GO',
    description: 'Ship with known issues: 97% success is a must; a fast login and fast exports are wanted.',
    criteria: [
      { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
      { metric: 'p95Ms', scope: LOGIN, op: '<', target: 1000, severity: 'should' },
      { metric: 'p95Ms', scope: EXPORTS, op: '<', target: 5000, severity: 'should' },
    ],
  },
];

export interface ExampleItem {
  priority: Priority;
  title: string;
  problem: string;
  expectedImpact: string;
  status: 'todo' | 'in_progress' | 'done';
  /** The criterion that verifies it: a set of EXAMPLE_SETS by name, and the criterion's index there. */
  verifiedBy: { set: string; criterion: number };
}

export const EXAMPLE_PHASE = {
  title: 'Before the 40-user review',
  notes: 'Example roadmap: each item is linked to a criterion, so the runs show whether the fix held.',
  items: [
    {
      priority: 'high',
      status: 'todo',
      verifiedBy: { set: 'Production gate', criterion: 1 },
      title: 'Raise the database pool above 2 connections',
      problem: 'P95 grew from 1.9 s at 20 users to 4.2 s at 40 users: requests queue for the two DB connections.',
      expectedImpact: 'P95 under 3 s at 40 users (Production gate).',
    },
    {
      priority: 'medium',
      status: 'in_progress',
      verifiedBy: { set: 'Conditional GO', criterion: 1 },
      title: 'Move session writes off the single-writer store',
      problem: 'POST /accounts/login/ P95 went from 520 ms to 3.7 s between 20 and 40 users.',
      expectedImpact: 'Login P95 under 1 s.',
    },
    {
      priority: 'low',
      status: 'done',
      verifiedBy: { set: 'Conditional GO', criterion: 2 },
      title: 'Render exports in their own worker pool',
      problem: 'PDF and XLSX exports take 2–3 s and must not hold DB connections.',
      expectedImpact: 'Exports stay under 5 s at P95 whatever the load.',
    },
  ] satisfies ExampleItem[],
};
