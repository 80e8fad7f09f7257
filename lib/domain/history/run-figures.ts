// The figures a project's history follows, taken from each run once (at upload): per scope (the aggregate
// and every endpoint) the goodput, median, P95, P99 and failure rate, over the whole run and over its steady
// state where it has one (issue 19: a trend never re-reads whole runs). Pure.
import { metricValue } from '../analysis/metrics';
import { steadyRun } from '../analysis/steady-run';
import type { EndpointStats, ParsedRun } from '../locust/types';

export const TREND_METRICS = ['goodputRps', 'medianMs', 'p95Ms', 'p99Ms', 'failureRate'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export type MetricValues = Record<TrendMetric, number | null>;

export interface ScopeFigures {
  /** `aggregate`, or `endpoint:METHOD NAME` (`endpoint:NAME` for a row without a method), as criteria scopes. */
  scope: string;
  whole: MetricValues;
  /** Over the steady state; null when the run has none, or (endpoints) no per-endpoint history to cut it. */
  steady: MetricValues | null;
}

export const AGGREGATE_SCOPE = 'aggregate';

export function endpointScope(method: string | null, name: string): string {
  return method === null ? `endpoint:${name}` : `endpoint:${method} ${name}`;
}

function valuesOf(row: EndpointStats): MetricValues {
  const out = {} as MetricValues;
  for (const metric of TREND_METRICS) out[metric] = metricValue(row, metric);
  return out;
}

export function runFigures(run: ParsedRun): ScopeFigures[] {
  const steady = steadyRun(run).run;
  // Endpoint rows over the steady state exist only when the history holds each endpoint's series.
  const perEndpoint =
    steady !== null && run.history !== null && run.history.fullHistory && run.history.endpoints.length > 0;
  const steadyRows = new Map(
    perEndpoint ? steady.endpoints.map((e) => [endpointScope(e.method, e.name), e] as const) : [],
  );
  const rows: ScopeFigures[] = [
    { scope: AGGREGATE_SCOPE, whole: valuesOf(run.aggregated), steady: steady ? valuesOf(steady.aggregated) : null },
  ];
  for (const e of run.endpoints) {
    const scope = endpointScope(e.method, e.name);
    const s = steadyRows.get(scope);
    rows.push({ scope, whole: valuesOf(e), steady: s ? valuesOf(s) : null });
  }
  return rows;
}

/** The figure a history follows: the steady state's where the run has one (ramp-up left out), else the whole
 *  run's. A series can mix both only if some runs of an era lack a steady state. */
export function historyValue(f: Pick<ScopeFigures, 'whole' | 'steady'>, metric: TrendMetric): number | null {
  return f.steady !== null ? f.steady[metric] : f.whole[metric];
}
