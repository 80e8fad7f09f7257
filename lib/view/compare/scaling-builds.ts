// Several builds compared: one scaling panel per build (lib/domain/analysis/scaling-builds.ts), side by side on
// the same axes, so a baseline build and the fixed build read apart instead of as one zig-zag.
import type { ScalingCurve } from '../../domain/analysis/scaling-curve';
import type { Comparison } from '../../domain/analysis/types';
import { formatMs, formatRate } from '../../domain/format/format';
import { formatUsers } from '../../domain/report/metric-format';
import { runNames } from '../../domain/report/runs';
import type { BuildPanel, CurveAxis, ScalingCurveView } from './scaling-view-types';

export type { BuildPanel } from './scaling-view-types';

type Curves = Pick<Comparison, 'scalingCurve' | 'buildCurves' | 'runs'> &
  Partial<Pick<Comparison, 'summary'>> & {
    buildsNote: string;
  };
type CurveView = (curve: ScalingCurve, axis?: CurveAxis) => ScalingCurveView | null;

/** The longest of the panels' own ticks, shared by all (every panel's own range fits in it). */
function sharedAxis(views: ScalingCurveView[]): CurveAxis {
  const longest = (pick: (v: ScalingCurveView) => number[]) =>
    views.map(pick).reduce((a, t) => (t[t.length - 1]! > a[a.length - 1]! ? t : a));
  return { xTicks: longest((v) => v.xTicks), yTicks: longest((v) => v.yTicks) };
}

/** Null when no build has a curve. The top-level fields are the target's build's curve, else the first. */
export function withBuildPanels(c: Curves, curveView: CurveView): ScalingCurveView | null {
  const own = c.buildCurves.map((b) => (b.curve ? curveView(b.curve) : null));
  const drawn = own.filter((v): v is ScalingCurveView => v !== null);
  if (drawn.length === 0) return null;
  const axis = sharedAxis(drawn);
  const names = runNames(c);
  const value = (metric: string, i: number) => c.summary?.find((r) => r.metric === metric)?.values[i] ?? null;
  const builds = c.buildCurves.map((b): BuildPanel => {
    const view = b.curve ? curveView(b.curve, axis) : null;
    return {
      build: b.build,
      title: b.build === null ? 'Unnamed build' : `Build ${b.build}`,
      runs: b.runIndexes.map((i) => names[i]!),
      view,
      measured: view
        ? []
        : b.runIndexes.map((i) => ({
            name: names[i]!,
            users: formatUsers(c.runs[i]?.userCount ?? null),
            goodput: formatRate(value('goodputRps', i)),
            p95: formatMs(value('p95Ms', i)),
          })),
    };
  });
  const primary = (c.scalingCurve ? curveView(c.scalingCurve, axis) : null) ?? builds.find((b) => b.view)!.view!;
  return { ...primary, builds, buildsNote: c.buildsNote };
}
