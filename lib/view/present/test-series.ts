// Test helper (reads the disk): the meeting's comparison from our Locust 2.12 series
// (fixtures/locust-2.12-series: 50, 100 and 150 users, then the retest at 100 users, the target), with
// a 14-criterion "Production GO" set of the target's project judged on the retest as the services do.
import { comparisonMarkdown } from '../../domain/report/markdown';
import { DEFAULT_THRESHOLDS } from '../../domain/analysis/thresholds';
import { compareWithCriteria } from '../../domain/criteria/compare';
import { evaluateCriteria } from '../../domain/criteria/evaluate';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { buildCompareModel, type CompareModel } from '../compare/model';
import { loadRun, viewOf } from '../compare/test-fixtures';

const SERIES = 'locust-2.12-series';
const RUNS = [
  ['series-50u', '50 users'],
  ['series-100u', '100 users'],
  ['series-150u', '150 users'],
  ['series-retest-100u', 'retest 100 users'],
] as const;

/** 14 criteria; on the retest only the success rate (98.97% against ≥ 99%) is not met. */
export const PRODUCTION_GO: StoredCriteriaSet = {
  id: 'prod',
  projectId: 'p',
  name: 'Production GO',
  description: null,
  baselineRunId: null,
  createdAt: '',
  updatedAt: '',
  criteria: (
    [
      ['p95Ms', 'aggregate', '<', 3000],
      ['p99Ms', 'aggregate', '<', 5000],
      ['medianMs', 'aggregate', '<', 400],
      ['successRate', 'aggregate', '>=', 0.99],
      ['goodputRps', 'aggregate', '>=', 30],
      ['maxMs', 'aggregate', '<', 9000],
      ['p95Ms', 'endpoint:GET /dashboard/', '<', 2000],
      ['failureRate', 'endpoint:POST /accounts/login/', '<', 0.05],
      ['p95Ms', 'endpoint:GET /project/[id]/', '<', 2000],
      ['p95Ms', 'group:/api/', '<', 1500],
      ['failureRate', 'aggregate', '<', 0.02],
      ['avgMs', 'aggregate', '<', 800],
      ['rps', 'aggregate', '>=', 25],
      ['p90Ms', 'aggregate', '<', 2000],
    ] as const
  ).map(([metric, scope, op, target], i) => ({ id: `c${i}`, metric, scope, op, target })),
};

/** The 4-run comparison; `sets` of the target's project judged on the target (none: no project), as the
 *  compare service judges them (lib/domain/criteria/compare compareWithCriteria) and shows them (the plan). */
export function seriesModel(sets: StoredCriteriaSet[] | null = [PRODUCTION_GO]): CompareModel {
  const runs = RUNS.map(([folder, label], i) => ({ id: `r${i}`, run: loadRun(`${SERIES}/${folder}`, label) }));
  const comparison = compareWithCriteria(
    runs,
    0,
    DEFAULT_THRESHOLDS,
    [],
    (sets ?? []).map((set) => ({ ...set, baselineRun: null })),
  );
  const view = { ...viewOf(runs), comparison, markdown: comparisonMarkdown(comparison) };
  const target = runs[runs.length - 1]!.run;
  const plan = sets && {
    project: { id: 'p', name: 'Review' },
    verdicts: sets.map((set) => ({ set, verdict: evaluateCriteria(set, target, null) })),
    roadmap: { projectId: 'p', roadmap: { phases: [] }, criteria: {}, verification: {} },
  };
  return buildCompareModel({ ...view, plan });
}
