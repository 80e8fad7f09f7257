// One pass of the change-point search over a part of a project's history (one user count, the history
// branch; parts.ts): every (metric, scope) series of the current era is extended with the runs that arrived
// since the last pass when nothing before them changed, else every era of the part is searched again.
// The stored snapshot of a series is its values, their positions in the era and the E-divisive windows
// (ChangePointState), so a new run costs O(window²) per series rather than a full pass. Pure.
import { EMPTY_CHANGE_POINT_STATE, updateChangePoints, type ChangePointState } from './change-points';
import type { Era } from './eras';
import { metadataChanges, type MetadataChange, type RunMetadata } from './metadata-changes';
import { historyValue, TREND_METRICS, type ScopeFigures, type TrendMetric } from './run-figures';
import { changePointOptions, type HistorySettings } from './settings';
import type { MetricChange } from './metric-change';
import type { EraSubject } from './eras';

/** A run of the part, oldest first. */
export interface PartRun extends EraSubject, RunMetadata {
  startTime: string;
}

export interface SeriesSnapshot {
  metric: TrendMetric;
  scope: string;
  eraStartRunId: string;
  /** The era's runs the series has seen (value or not), and the last of them. */
  seen: number;
  throughRunId: string;
  settingsKey: string;
  values: Float64Array;
  /** Index of each value's run in the era. */
  positions: Uint32Array;
  state: ChangePointState;
}

export interface FoundChangePoint extends MetricChange {
  runId: string;
  previousRunId: string;
  eraStartRunId: string;
  metadataChanges: MetadataChange[];
}

export interface PartLayout {
  runs: readonly PartRun[];
  eras: readonly Era[];
  /** Era id of each run. */
  eraOf: readonly number[];
}

/** extend: the era's first `seen` runs are in every snapshot; the rest are new. */
export type PassPlan = { kind: 'extend'; eraStart: number; seen: number } | { kind: 'rebuild' };

export function currentEraStart(layout: PartLayout): number {
  const last = layout.eraOf[layout.eraOf.length - 1];
  return last === undefined ? 0 : layout.eraOf.indexOf(last);
}

export function planPass(layout: PartLayout, key: string, stored: readonly SeriesSnapshot[]): PassPlan {
  const start = currentEraStart(layout);
  const first = stored[0];
  if (!first || layout.runs.length === 0) return { kind: 'rebuild' };
  const through = layout.runs[start + first.seen - 1];
  const fits = (s: SeriesSnapshot) =>
    s.settingsKey === key &&
    s.seen === first.seen &&
    s.eraStartRunId === layout.runs[start]!.runId &&
    s.throughRunId === through?.runId;
  return stored.every(fits) ? { kind: 'extend', eraStart: start, seen: first.seen } : { kind: 'rebuild' };
}

/** The runs whose figures a pass reads. */
export function runsToRead(layout: PartLayout, plan: PassPlan): readonly PartRun[] {
  return plan.kind === 'extend' ? layout.runs.slice(plan.eraStart + plan.seen) : layout.runs;
}

export interface PassResult {
  /** The current era's series (all of them; unchanged ones too). */
  series: SeriesSnapshot[];
  /** Every change point of the eras searched. */
  changePoints: FoundChangePoint[];
  /** First runs of the eras searched: their stored change points are replaced by `changePoints`. */
  erasSearched: string[];
}

type Figures = ReadonlyMap<string, readonly ScopeFigures[]>;
const seriesId = (metric: string, scope: string) => `${metric}\u0000${scope}`;

export function runPass(
  layout: PartLayout,
  plan: PassPlan,
  settings: HistorySettings,
  key: string,
  stored: readonly SeriesSnapshot[],
  figures: Figures,
): PassResult {
  if (layout.runs.length === 0) return { series: [], changePoints: [], erasSearched: [] };
  const start = currentEraStart(layout);
  const eraRuns = layout.runs.slice(start);
  const base = plan.kind === 'extend' ? stored : [];
  const grown = grow(eraRuns, plan.kind === 'extend' ? plan.seen : 0, base, figures);
  const series: SeriesSnapshot[] = [];
  const changePoints: FoundChangePoint[] = [];
  for (const g of grown.values()) {
    const { points, state } = updateChangePoints(g.values, g.state, changePointOptions(g.metric, settings));
    series.push({
      ...g,
      eraStartRunId: eraRuns[0]!.runId,
      seen: eraRuns.length,
      throughRunId: eraRuns[eraRuns.length - 1]!.runId,
      settingsKey: key,
      state,
    });
    for (const p of points) changePoints.push(found(g, eraRuns, p));
  }
  const erasSearched = [eraRuns[0]!.runId];
  if (plan.kind === 'rebuild') {
    for (const era of layout.eras.slice(0, -1)) {
      const runs = layout.runs.filter((_, i) => layout.eraOf[i] === era.id);
      for (const g of grow(runs, 0, [], figures).values()) {
        const options = changePointOptions(g.metric, settings);
        for (const p of updateChangePoints(g.values, EMPTY_CHANGE_POINT_STATE, options).points)
          changePoints.push(found(g, runs, p));
      }
      erasSearched.push(era.startRunId);
    }
  }
  return { series, changePoints, erasSearched };
}

interface Growing {
  metric: TrendMetric;
  scope: string;
  values: Float64Array;
  positions: Uint32Array;
  state: ChangePointState;
}

/** The series of `runs` (one era), from `stored` snapshots of its first `seen` runs plus the others' figures. */
function grow(runs: readonly PartRun[], seen: number, stored: readonly SeriesSnapshot[], figures: Figures) {
  const added = new Map<string, { values: number[]; positions: number[] }>();
  const metricOf = new Map<string, [TrendMetric, string]>();
  for (let i = seen; i < runs.length; i++) {
    for (const f of figures.get(runs[i]!.runId) ?? []) {
      for (const metric of TREND_METRICS) {
        const v = historyValue(f, metric);
        if (v === null || !Number.isFinite(v)) continue;
        const id = seriesId(metric, f.scope);
        let a = added.get(id);
        if (!a) added.set(id, (a = { values: [], positions: [] }));
        metricOf.set(id, [metric, f.scope]);
        a.values.push(v);
        a.positions.push(i);
      }
    }
  }
  const out = new Map<string, Growing>();
  for (const s of stored) out.set(seriesId(s.metric, s.scope), s);
  for (const [id, a] of added) {
    const before = out.get(id);
    const [metric, scope] = metricOf.get(id)!;
    out.set(id, {
      metric,
      scope,
      values: concat(before?.values ?? new Float64Array(0), Float64Array.from(a.values)),
      positions: concat(before?.positions ?? new Uint32Array(0), Uint32Array.from(a.positions)),
      state: before?.state ?? EMPTY_CHANGE_POINT_STATE,
    });
  }
  return out;
}

function concat<T extends Float64Array | Uint32Array>(a: T, b: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function found(
  g: Growing,
  runs: readonly PartRun[],
  p: ReturnType<typeof updateChangePoints>['points'][number],
): FoundChangePoint {
  const after = runs[g.positions[p.index]!]!;
  const before = runs[g.positions[p.index - 1]!]!;
  return {
    metric: g.metric,
    scope: g.scope,
    runId: after.runId,
    previousRunId: before.runId,
    eraStartRunId: runs[0]!.runId,
    meanBefore: p.before.mean,
    meanAfter: p.after.mean,
    magnitude: p.magnitude,
    magnitudeLow: p.magnitudeLow,
    magnitudeHigh: p.magnitudeHigh,
    pValue: p.pValue,
    metadataChanges: metadataChanges(before, after),
  };
}
