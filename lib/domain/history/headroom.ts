// Headroom of a criterion on a project's newest run, and where the trend is heading (issue 19). Headroom is
// the share of the limit still unused: (limit − value) / limit for a ceiling (P95 < 3,000 ms at 1,800 ms:
// 40%), (value − floor) / floor for a floor (goodput ≥ 100/s at 150/s: 50%), and for the success rate the
// unused part of the failure budget (≥ 97% at 99%: 2% of 3% unused, 67%). Classes: comfortable > 50%,
// adequate 20–50%, thin < 20%, breached when the criterion is not met. The trend is a line through the
// series (the newest era's runs, oldest first): when its slope is significant (p < 0.05) and heads for the
// limit, the runs until the line crosses it (and days, from the runs' pace); a volatile series (coefficient
// of variation > 25%) is flagged instead of projected. Relative (against a baseline) and `==` criteria have
// no fixed limit: no headroom. Pure.
import type { Criterion } from '../criteria/types';
import { trendLine, type TrendLine } from './trend-line';

export const HEADROOM_CLASSES = ['comfortable', 'adequate', 'thin', 'breached'] as const;
export type HeadroomClass = (typeof HEADROOM_CLASSES)[number];

export const VOLATILE_CV = 0.25;
export const SLOPE_ALPHA = 0.05;

export interface HeadroomPoint {
  value: number;
  /** ISO-8601 start (or upload) time of the run; null when unknown. */
  time: string | null;
}

export interface Headroom {
  /** The newest run's value. */
  value: number | null;
  /** Fraction of the limit unused (negative when breached); null without a fixed limit or a value. */
  headroom: number | null;
  class: HeadroomClass | null;
  trend: TrendLine | null;
  /** Standard deviation / mean of the series; null for fewer than 2 values or a mean of 0. */
  cv: number | null;
  volatile: boolean;
  /** Runs (and days) until the trend line crosses the limit; null when not projected. */
  projection: { runs: number; days: number | null } | null;
}

type Bound = { kind: 'ceiling' | 'floor'; limit: number; budget: boolean };

function boundOf(c: Pick<Criterion, 'metric' | 'op' | 'target' | 'relative'>): Bound | null {
  if (c.relative !== undefined || c.op === '==') return null;
  const kind = c.op === '<' || c.op === '<=' ? 'ceiling' : 'floor';
  return { kind, limit: c.target, budget: kind === 'floor' && c.metric === 'successRate' };
}

function met(c: Pick<Criterion, 'op' | 'target'>, value: number): boolean {
  if (c.op === '<') return value < c.target;
  if (c.op === '<=') return value <= c.target;
  if (c.op === '>') return value > c.target;
  if (c.op === '>=') return value >= c.target;
  return value === c.target;
}

function fraction(b: Bound, value: number): number | null {
  if (b.budget) {
    const allowed = 1 - b.limit;
    return allowed > 0 ? (allowed - (1 - value)) / allowed : null;
  }
  if (b.limit === 0) return null;
  return b.kind === 'ceiling' ? (b.limit - value) / b.limit : (value - b.limit) / b.limit;
}

export function classify(headroom: number, isMet: boolean): HeadroomClass {
  if (!isMet) return 'breached';
  return headroom > 0.5 ? 'comfortable' : headroom >= 0.2 ? 'adequate' : 'thin';
}

export function headroomOf(
  criterion: Pick<Criterion, 'metric' | 'op' | 'target' | 'relative'>,
  series: readonly HeadroomPoint[],
): Headroom {
  const values = series.map((p) => p.value);
  const value = values.at(-1) ?? null;
  const bound = boundOf(criterion);
  const headroom = bound && value !== null ? fraction(bound, value) : null;
  const cls = headroom === null || value === null ? null : classify(headroom, met(criterion, value));
  const trend = trendLine(values);
  const cv = coefficientOfVariation(values);
  const volatile = cv !== null && cv > VOLATILE_CV;
  const projection = bound && trend && !volatile && cls !== 'breached' ? project(bound, trend, series) : null;
  return { value, headroom, class: cls, trend, cv, volatile, projection };
}

function project(b: Bound, t: TrendLine, series: readonly HeadroomPoint[]): Headroom['projection'] {
  const towards = b.kind === 'ceiling' ? t.slope > 0 : t.slope < 0;
  if (!towards || t.pValue >= SLOPE_ALPHA) return null;
  const runs = Math.max(0, (b.limit - t.fittedLast) / t.slope);
  return { runs, days: daysFor(runs, series) };
}

/** Runs → days at the series' pace (its runs per day, first to last); null without two times. */
function daysFor(runs: number, series: readonly HeadroomPoint[]): number | null {
  const first = series[0]?.time;
  const last = series.at(-1)?.time;
  if (!first || !last || series.length < 2) return null;
  const spanDays = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  if (!(spanDays > 0)) return null;
  return (runs * spanDays) / (series.length - 1);
}

function coefficientOfVariation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (mean === 0) return null;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / Math.abs(mean);
}
