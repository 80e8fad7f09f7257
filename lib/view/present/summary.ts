// The printed meeting summary (components/compare/meeting-summary.tsx): what of a comparison fits on
// 2–3 A4 pages ahead of the full report. Pure: picks runs, endpoints, failure messages and roadmap
// items from the CompareModel; the component lays them out.
import { unpackEndpoints, type EndpointView } from '../compare/endpoints';
import type { CompareModel } from '../compare/model';
import { endpointChangeTable, type EndpointChangeRow, type EndpointChangeTable } from './endpoint-changes';
import { FAILURE_WEIGHT, topFailureRows, worstEndpoints } from './slides';

/** Endpoints, failure messages and open roadmap items the summary lists (the full report has all). */
export const SUMMARY_ENDPOINTS = 5;
export const SUMMARY_FAILURES = 6;
export const SUMMARY_OPEN_ITEMS = 6;
/** The headline prints every run's column up to this many runs, else the baseline's and the target's. */
export const SUMMARY_MAX_RUN_COLUMNS = 4;

/** Run indices whose values the summary's headline prints, in load order. */
export function summaryRunColumns(runCount: number, baseline: number, target: number): number[] {
  if (runCount <= SUMMARY_MAX_RUN_COLUMNS) return Array.from({ length: runCount }, (_, i) => i);
  return [baseline, target].sort((a, b) => a - b);
}

/**
 * How much better an endpoint got in the target than in the baseline, on endpointScore's scale
 * (relative P95 fall, or failure-rate fall in points × FAILURE_WEIGHT); 0 when neither fell or too
 * few requests to judge.
 */
export function improvementScore(
  e: Pick<EndpointView, 'p95Change' | 'failureRateChange' | 'insufficientData'>,
): number {
  if (e.insufficientData) return 0;
  return Math.max(0, -(e.p95Change ?? 0), -(e.failureRateChange ?? 0) * FAILURE_WEIGHT);
}

export interface ChangedEndpoint {
  /** Index into CompareModel.endpoints. */
  index: number;
  direction: 'worse' | 'better';
}

/**
 * The endpoints that changed most between baseline and target: every one that got worse first (the
 * deck's order: worstEndpoints), then the most improved, at most `count` in all. A meeting reads the
 * regressions first; after a fix, the improvements are the news.
 */
export function changedEndpoints(
  model: Pick<CompareModel, 'endpoints' | 'head'>,
  count = SUMMARY_ENDPOINTS,
): ChangedEndpoint[] {
  const worse = worstEndpoints(model, count).map((index): ChangedEndpoint => ({ index, direction: 'worse' }));
  if (worse.length >= count) return worse;
  const { baselineIndex: b, targetIndex: t } = model.head;
  const better = unpackEndpoints(model.endpoints, b, t)
    .map((e, i) => ({ i, score: improvementScore(e), requests: e.runs[t]?.requests ?? 0 }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || y.requests - x.requests || x.i - y.i)
    .slice(0, count - worse.length)
    .map((x): ChangedEndpoint => ({ index: x.i, direction: 'better' }));
  return [...worse, ...better];
}

export interface SummaryEndpointTable extends EndpointChangeTable {
  rows: (EndpointChangeRow & Pick<ChangedEndpoint, 'direction'>)[];
}

/** The summary's "endpoints that changed most" table: changedEndpoints' rows, each with its direction. */
export function summaryEndpointTable(
  model: Pick<CompareModel, 'endpoints' | 'head' | 'runs'>,
  count = SUMMARY_ENDPOINTS,
): SummaryEndpointTable {
  const changed = changedEndpoints(model, count);
  const table = endpointChangeTable(
    model,
    changed.map((c) => c.index),
  );
  return {
    ...table,
    rows: table.rows.flatMap((row) =>
      changed.filter((c) => c.index === row.index).map(({ direction }) => ({ ...row, direction })),
    ),
  };
}

/** Failure messages to print in full (ids, the deck's order: new and grown first) and how many there are. */
export function summaryFailures(
  model: Pick<CompareModel, 'failureDiffs' | 'head'>,
  count = SUMMARY_FAILURES,
): { ids: string[]; total: number } {
  const { baselineIndex: b, targetIndex: t } = model.head;
  return { ids: topFailureRows(model.failureDiffs, t, b, count), total: model.failureDiffs.length };
}
