// The view shapes of the scaling curve: one curve's charts and figures, and one panel per build when builds
// are compared (scaling-curve.ts builds them, scaling-builds.ts splits them per build).
import type { ScalingCurve } from '../../domain/analysis/scaling-curve';

export interface CurveRow {
  users: number;
  /** Measured goodput (successful req/s) at this load (only on measured rows). */
  actual?: number;
  /** Measured all-requests req/s, failed included (only on measured rows). */
  actualRps?: number;
  /** Run label of a measured row. */
  run?: string;
  linear: number;
  usl?: number;
}

export interface CurvePointRow {
  users: string;
  label: string | null;
  /** Successful req/s. */
  goodput: string;
  /** All requests per second. */
  rps: string;
  /** Goodput if linear from the smallest load. */
  linear: string;
  efficiency: string;
  efficiencyValue: number | null;
  median: string;
  p95: string;
}

export interface ScalingCurveView {
  verdict: ScalingCurve['verdict'];
  saturationUsers: number | null;
  evidence: string;
  /** Goodput chart: measured goodput and all requests, linear goodput and USL on one numeric users axis. */
  rows: CurveRow[];
  xMax: number;
  xTicks: number[];
  /** The throughput axis stops here; the linear line may run off the top (it is the reference, not data). */
  yMax: number;
  yTicks: number[];
  /** Latency chart: one row per measured load, ms. */
  latency: { users: number; run: string; median: number | null; p95: number | null }[];
  hasFit: boolean;
  /** "σ 0.0015 (contention) · κ 0.0015 (coherency) · r² 1.00 over 3 loads". */
  fitText: string | null;
  /** Model peak (req/s at users); `onChart` false when it lies far beyond the loads measured. */
  peak: { users: number; rps: number; onChart: boolean; text: string } | null;
  /** κ = 0 with contention: the asymptote the model approaches. */
  ceiling: { rps: number; text: string } | null;
  /** Significant digits model figures carry (lib/domain/analysis/scaling-curve.ts digitsFor). */
  digits: number;
  points: CurvePointRow[];
  excluded: string[];
  /** With several builds: one panel per build, on the same axes (lib/view/compare/scaling-builds.ts);
   *  absent with one build. The fields above are then the target's build's curve (else the first). */
  builds?: BuildPanel[];
  /** With several builds: the analysis' note (one curve per build, which build the verdict is about). */
  buildsNote?: string;
}

/** Axis ticks forced on a curve's charts (several builds side by side share them). */
export interface CurveAxis {
  xTicks: number[];
  yTicks: number[];
}

/** One build's panel: its name, its runs (names, load order) and its curve (null under two loads). */
export interface BuildPanel {
  build: string | null;
  /** "Build fix-42", or "Unnamed build". */
  title: string;
  runs: string[];
  view: ScalingCurveView | null;
  /** Without a curve: what each of its runs measured (goodput in successful req/s, P95 in ms), formatted. */
  measured: { name: string; users: string; goodput: string; p95: string }[];
}
