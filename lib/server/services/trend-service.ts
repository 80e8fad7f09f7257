// A project's trends (issue 19): one metric of one scope over the runs that match the filters, cut into
// eras, with the change points stored for it; and the endpoint trend matrix (every scope over the newest
// runs, sorted by recent change). Figures come from run_figure (written at upload), never from whole runs.
import 'server-only';
import { assignEras } from '../../domain/history/eras';
import { byRecentChange, recentChange } from '../../domain/history/recent-change';
import { AGGREGATE_SCOPE, historyValue, type ScopeFigures, type TrendMetric } from '../../domain/history/run-figures';
import { trendOf } from '../../domain/history/trend';
import type { ChangePointView } from '../../domain/history/change-point-view';
import type { Era } from '../../domain/history/eras';
import type { TrendFilters } from '../db/trend-store';
import { database, type Stores } from '../db/stores';
import { notFound } from './errors';

/** `steady`: the steady state's figure where the run has one, else the whole run's (what change points
 *  follow); `whole`: always the whole run's. */
export type TrendBasis = 'steady' | 'whole';

export interface TrendQuery {
  metric: TrendMetric;
  scope: string;
  basis: TrendBasis;
  filters: TrendFilters;
}

export interface TrendPointJson {
  runId: string;
  label: string;
  startTime: string;
  era: number;
  value: number | null;
  commit: string | null;
}

export interface TrendJson {
  metric: TrendMetric;
  scope: string;
  basis: TrendBasis;
  eras: Era[];
  series: TrendPointJson[];
  /** Stored change points of this metric and scope whose first run is in the series. */
  changePoints: ChangePointView[];
}

const valueIn = (f: ScopeFigures | undefined, metric: TrendMetric, basis: TrendBasis) =>
  f === undefined ? null : basis === 'steady' ? historyValue(f, metric) : f.whole[metric];

/** The project (by id or name, as the other project APIs) and its history settings. */
async function settingsOf(db: Stores, idOrName: string) {
  const project = await db.projects.getProject(idOrName);
  const settings = project ? await db.history.loadHistorySettings(project.id) : null;
  if (!project || !settings) throw notFound(`project ${idOrName}`);
  return { projectId: project.id, settings };
}

export async function projectTrend(idOrName: string, q: TrendQuery): Promise<TrendJson> {
  const db = await database();
  const { projectId, settings } = await settingsOf(db, idOrName);
  const [runs, figures, stored] = await Promise.all([
    db.trends.loadTrendRuns(projectId, q.filters),
    db.trends.loadScopeFigures(projectId, q.scope),
    db.trends.listChangePoints(projectId, { metric: q.metric, scope: q.scope, limit: 10_000 }),
  ]);
  const trend = trendOf(
    runs.map((r) => ({ ...r, value: valueIn(figures.get(r.runId), q.metric, q.basis) })),
    settings.eraRules,
  );
  const inSeries = new Set(runs.map((r) => r.runId));
  return {
    metric: q.metric,
    scope: q.scope,
    basis: q.basis,
    eras: trend.eras,
    series: trend.series.map((p, i) => ({ ...p, label: runs[i]!.label, commit: runs[i]!.commit })),
    changePoints: stored.filter((c) => inSeries.has(c.runId)),
  };
}

export interface MatrixQuery {
  metric: TrendMetric;
  basis: TrendBasis;
  filters: TrendFilters;
  /** The newest runs shown (default 30). */
  runs: number;
}

export interface MatrixRowJson {
  scope: string;
  /** One per run of `runs`; null where the run has no such figure. */
  values: (number | null)[];
  /** recent-change.ts: the newest 5 values' median against the 5 before; null when there are too few. */
  recentChange: number | null;
  openChangePoints: number;
}

export interface MatrixJson {
  metric: TrendMetric;
  basis: TrendBasis;
  runs: { runId: string; label: string; startTime: string; era: number }[];
  eras: Era[];
  /** The aggregate first, then the endpoints, worst recent change first. */
  rows: MatrixRowJson[];
}

export async function trendMatrix(idOrName: string, q: MatrixQuery): Promise<MatrixJson> {
  const db = await database();
  const { projectId, settings } = await settingsOf(db, idOrName);
  const runs = (await db.trends.loadTrendRuns(projectId, q.filters)).slice(-q.runs);
  const [figures, open] = await Promise.all([
    db.history.loadFigures(runs.map((r) => r.runId)),
    db.trends.listChangePoints(projectId, { metric: q.metric, status: 'open', limit: 100_000 }),
  ]);
  const { eras, eraOf } = assignEras(runs, settings.eraRules);
  const rows = new Map<string, (number | null)[]>();
  runs.forEach((r, i) => {
    for (const f of figures.get(r.runId) ?? []) {
      let values = rows.get(f.scope);
      if (!values) rows.set(f.scope, (values = new Array<number | null>(runs.length).fill(null)));
      values[i] = valueIn(f, q.metric, q.basis);
    }
  });
  const openBy = new Map<string, number>();
  const shown = new Set(runs.map((r) => r.runId));
  for (const c of open) if (shown.has(c.runId)) openBy.set(c.scope, (openBy.get(c.scope) ?? 0) + 1);
  const order = byRecentChange(q.metric);
  const out = [...rows].map(([scope, values]) => ({
    scope,
    values,
    recentChange: recentChange(q.metric, values),
    openChangePoints: openBy.get(scope) ?? 0,
  }));
  out.sort((a, b) =>
    a.scope === AGGREGATE_SCOPE ? -1 : b.scope === AGGREGATE_SCOPE ? 1 : order(a.recentChange, b.recentChange),
  );
  return {
    metric: q.metric,
    basis: q.basis,
    runs: runs.map((r, i) => ({ runId: r.runId, label: r.label, startTime: r.startTime, era: eraOf[i]! })),
    eras,
    rows: out,
  };
}
