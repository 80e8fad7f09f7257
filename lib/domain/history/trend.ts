// A metric's trend over a project's runs: the series (oldest run first) cut into eras, and the change points
// found inside each era (analysis never crosses an era: a new locustfile is not a regression). Runs without
// the value (no such endpoint, no steady state) stay in the series as null and out of the analysis. Pure.
import { detectChangePoints, type ChangePoint, type ChangePointOptions } from './change-points';
import { assignEras, ERA_RULES, type Era, type EraRule, type EraSubject } from './eras';

export interface TrendRun extends EraSubject {
  /** ISO-8601 start of the run, else its upload time. */
  startTime: string;
  value: number | null;
}

export interface TrendPoint {
  runId: string;
  startTime: string;
  era: number;
  value: number | null;
}

export interface Trend {
  eras: Era[];
  series: TrendPoint[];
}

export function trendOf(runs: readonly TrendRun[], rules: readonly EraRule[] = ERA_RULES): Trend {
  const { eras, eraOf } = assignEras(runs, rules);
  return {
    eras,
    series: runs.map((r, i) => ({ runId: r.runId, startTime: r.startTime, era: eraOf[i]!, value: r.value })),
  };
}

export interface TrendChangePoint extends ChangePoint {
  /** The first run after the change, and the last one before it. */
  runId: string;
  previousRunId: string;
  era: number;
}

/** Change points of each era's values (nulls left out). */
export function trendChangePoints(trend: Trend, options: Partial<ChangePointOptions> = {}): TrendChangePoint[] {
  const out: TrendChangePoint[] = [];
  for (const era of trend.eras) {
    const points = trend.series.filter((p) => p.era === era.id && p.value !== null);
    const found = detectChangePoints(
      points.map((p) => p.value as number),
      options,
    );
    for (const c of found) {
      out.push({ ...c, runId: points[c.index]!.runId, previousRunId: points[c.index - 1]!.runId, era: era.id });
    }
  }
  return out;
}
