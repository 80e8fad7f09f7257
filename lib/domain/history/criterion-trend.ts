// Which history series a criterion can be followed on (headroom, issue 19): the trend metrics and success
// rate (1 − failure rate), in the aggregate or an endpoint. Other metrics (avgMs, maxMs, counts) and groups
// are not stored per run: null. An `endpoint:NAME` over every method finds no series (figures are kept by
// METHOD NAME): its headroom says so. Pure.
import type { Criterion } from '../criteria/types';
import { AGGREGATE_SCOPE, TREND_METRICS, type TrendMetric } from './run-figures';

export interface CriterionTrend {
  metric: TrendMetric;
  scope: string;
  /** The criterion's value from the series' value. */
  valueOf: (trendValue: number) => number;
}

const SAME = (v: number) => v;

export function criterionTrend(c: Pick<Criterion, 'metric' | 'scope'>): CriterionTrend | null {
  const scopeOk = c.scope === AGGREGATE_SCOPE || c.scope.startsWith('endpoint:');
  if (!scopeOk) return null;
  if (c.metric === 'successRate') return { metric: 'failureRate', scope: c.scope, valueOf: (v) => 1 - v };
  const metric = TREND_METRICS.find((m) => m === c.metric);
  return metric ? { metric, scope: c.scope, valueOf: SAME } : null;
}
