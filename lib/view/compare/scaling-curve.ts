// The scaling curve across loads (lib/domain/analysis/scaling-curve.ts): users vs GOODPUT (successful req/s)
// with the measured points, all-requests throughput as a lighter secondary line, the line of linear
// goodput from the smallest load, the USL model (fitted on goodput) and its predicted peak; users vs
// median/P95; a table of the points. Model figures carry the precision the loads support (digitsFor:
// "~39 req/s" from 3 loads, not "38.55/s"). The verdict and evidence are the analysis', as given.
import type { Comparison } from '../../domain/analysis/types';
import { digitsFor, type ScalingCurve } from '../../domain/analysis/scaling-curve';
import { withBuildPanels } from './scaling-builds';
import type { CurveAxis, CurveRow, ScalingCurveView } from './scaling-view-types';

export type { BuildPanel, CurveAxis, CurvePointRow, CurveRow, ScalingCurveView } from './scaling-view-types';
import { predictUsl } from '../../domain/analysis/usl';
import { formatCount, formatMs, formatPercent, formatRate } from '../../domain/format/format';

/** Samples of the smooth lines (linear, USL) across the x axis. */
const SAMPLES = 60;
/** The predicted peak is drawn when it lies within this factor of the largest load measured. */
const PEAK_RANGE = 2;

const sig = (x: number, d = 2) => Number(x.toPrecision(d)).toLocaleString('en-US', { maximumFractionDigits: 12 });

/** Axis ticks from 0 to a round maximum at or above `max`, in steps of 1, 2, 2.5 or 5 × 10^k (about 4–6 ticks). */
export function niceTicks(max: number, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) as number;
  if (integer) step = Math.max(1, Math.ceil(step));
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Shown with at least two points on a curve (else null). With several builds: one panel per build. */
export function scalingCurveView(
  c: Pick<Comparison, 'scalingCurve'> & Partial<Pick<Comparison, 'buildCurves' | 'buildsNote' | 'runs' | 'summary'>>,
): ScalingCurveView | null {
  const { buildsNote, buildCurves, runs } = c;
  if (buildsNote && buildCurves && runs) return withBuildPanels({ ...c, buildsNote, buildCurves, runs }, curveView);
  return c.scalingCurve ? curveView(c.scalingCurve) : null;
}

/** One curve's charts and table; `axis` forces the ticks (else they fit this curve). Null under two points. */
export function curveView(curve: ScalingCurve, axis?: CurveAxis): ScalingCurveView | null {
  if (curve.points.length < 2) return null;
  const pts = curve.points;
  const fit = curve.fit;
  const minUsers = pts[0]!.users;
  const maxUsers = pts[pts.length - 1]!.users;
  const slope = pts[0]!.linearGoodputRps / minUsers;
  const d = digitsFor(new Set(pts.map((p) => p.users)).size);
  const peakOnChart = fit?.peakUsers != null && fit.peakUsers <= maxUsers * PEAK_RANGE;
  const xFit = Math.max(maxUsers, peakOnChart ? (fit!.peakUsers as number) : 0) * 1.05;
  const xTicks = axis?.xTicks ?? niceTicks(xFit, true);
  const xMax = xTicks[xTicks.length - 1] as number;
  const rows: CurveRow[] = [];
  for (let k = 0; k <= SAMPLES; k++) {
    const users = (xMax * k) / SAMPLES;
    rows.push({ users, linear: slope * users, ...(fit ? { usl: users === 0 ? 0 : predictUsl(fit, users) } : {}) });
  }
  for (const p of pts) {
    const run = p.label ?? `${p.users} users`;
    const usl = fit ? { usl: predictUsl(fit, p.users) } : {};
    rows.push({ users: p.users, actual: p.goodputRps, actualRps: p.rps, run, linear: p.linearGoodputRps, ...usl });
  }
  rows.sort((a, b) => a.users - b.users || Number(a.actual !== undefined) - Number(b.actual !== undefined));
  // The axis covers goodput, all requests and the model; the linear reference may run off the top.
  const highest = Math.max(
    ...pts.map((p) => Math.max(p.rps, p.goodputRps)),
    ...(fit ? rows.map((r) => r.usl ?? 0) : []),
  );
  const yTicks = axis?.yTicks ?? niceTicks(highest * 1.15);
  const loads = `${new Set(pts.map((p) => p.users)).size} loads`;
  let peak: ScalingCurveView['peak'] = null;
  if (fit?.peakUsers != null && fit.peakRps != null) {
    const where =
      fit.peakUsers > maxUsers
        ? `, beyond the largest load measured (${formatCount(maxUsers)} users): an extrapolation`
        : fit.peakUsers < minUsers
          ? ', below the smallest load measured'
          : '';
    const text = `Model peak ~${sig(fit.peakRps, d)} successful req/s at ~${sig(fit.peakUsers)} users${where}.`;
    peak = { users: fit.peakUsers, rps: fit.peakRps, onChart: peakOnChart, text };
  }
  return {
    verdict: curve.verdict,
    saturationUsers: curve.saturationUsers,
    evidence: curve.evidence,
    rows,
    xMax,
    xTicks,
    yMax: yTicks[yTicks.length - 1] as number,
    yTicks,
    latency: pts.map((p) => ({ users: p.users, run: p.label ?? `${p.users} users`, median: p.medianMs, p95: p.p95Ms })),
    hasFit: fit !== null,
    fitText: fit
      ? `σ ${sig(fit.sigma)} (contention) · κ ${sig(fit.kappa)} (coherency) · ${r2Text(fit.r2)} over ${loads}`
      : null,
    peak,
    ceiling: fit?.ceilingRps != null ? { rps: fit.ceilingRps, text: ceilingWords(fit.ceilingRps, d) } : null,
    digits: d,
    points: pts.map((p) => ({
      users: formatCount(p.users),
      label: p.label,
      goodput: formatRate(p.goodputRps),
      rps: formatRate(p.rps),
      linear: formatRate(p.linearGoodputRps),
      efficiency: formatPercent(p.efficiency, 0),
      efficiencyValue: p.efficiency,
      median: formatMs(p.medianMs),
      p95: formatMs(p.p95Ms),
    })),
    excluded: curve.excluded.map((e) => `${e.label ?? `Run ${e.index + 1}`} (${e.reason})`),
  };
}

/** r² as the analysis' evidence prints it (2 decimals). */
const r2Text = (r2: number | null) => `r² ${r2 === null ? '—' : r2.toFixed(2)}`;

const ceilingWords = (rps: number, digits: number) =>
  `No peak in the model (κ = 0): goodput levels off towards ~${sig(rps, digits)} successful req/s.`;

/** A model or reference rate on the chart (labels, tooltips) at the precision of `digits`: "~39/s". */
export function approxRate(perS: number, digits: number): string {
  return `~${sig(perS, digits)}/s`;
}
