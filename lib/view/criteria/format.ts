// A criterion's target and measured value in the units people read: "≥ 97%", "< 3,000 ms",
// "≤ +10% (floor 50 ms)", "+12.0%". Criteria hold fractions 0..1 and ms (lib/domain/criteria/types.ts).
import { formatFailureRate } from '../../domain/report/metric-format';
import { formatChange, formatCount, formatMs, formatPercent, formatRate, NONE } from '../../domain/format/format';
import type { Criterion, CriterionResult } from '../../domain/criteria/types';
import { metricKind, metricLabel, OP_SYMBOLS, scopeLabel } from './metrics';

/** Drops float noise: 0.1 * 100 -> 10, not 10.000000000000002. */
export const clean = (x: number) => Number(x.toPrecision(12));

/** A fraction as a trimmed percentage: 0.97 -> "97%", 0.995 -> "99.5%". */
export const percentText = (fraction: number) => `${clean(fraction * 100)}%`;

/** A relative change as a trimmed signed percentage: 0.1 -> "+10%", -0.05 -> "−5%", 0 -> "0%". */
export function signedPercentText(change: number): string {
  const text = percentText(Math.abs(change));
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : text;
}

/** A value of the metric in its unit (absolute, not a change). */
export function formatMetricAmount(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  switch (metricKind(metric)) {
    case 'fraction':
      return metric === 'failureRate' ? formatFailureRate(value) : formatPercent(value);
    case 'count':
      return formatCount(value);
    case 'rate':
      return formatRate(value);
    default:
      return formatMs(value);
  }
}

/** A target as written in the criteria table: "≥ 97%", "< 3,000 ms", "≤ +10% (floor 50 ms)". */
export function formatTarget(c: Pick<Criterion, 'metric' | 'op' | 'target' | 'relative' | 'floorMs'>): string {
  const op = OP_SYMBOLS[c.op];
  if (c.relative === 'baseline') {
    const floor = c.floorMs !== undefined && /Ms$/.test(c.metric) ? ` (floor ${formatMs(c.floorMs)})` : '';
    return `${op} ${signedPercentText(c.target)}${floor}`;
  }
  if (metricKind(c.metric) === 'fraction') return `${op} ${percentText(c.target)}`;
  if (metricKind(c.metric) === 'count')
    return `${op} ${c.target.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  return `${op} ${formatMetricAmount(c.metric, c.target)}`;
}

/** The measured value: the change against the baseline for relative gates ("+12.0%"). */
export function formatCurrent(c: Pick<Criterion, 'metric' | 'relative'>, current: number | null): string {
  if (current === null) return NONE;
  return c.relative === 'baseline' ? formatChange(current, 1) : formatMetricAmount(c.metric, current);
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
/** The two numbers; the rest of the reason follows the match (no `(.*)$` to trade digits with). */
const BEFORE_AFTER = new RegExp(`^(${NUMBER}) → (${NUMBER})`);

/** The evaluation's reason in units: a relative gate's raw "320.5 → 410" -> "baseline 321 ms → 410 ms". */
export function formatReason(c: Pick<Criterion, 'metric' | 'relative'>, reason: string | undefined): string | null {
  if (!reason) return null;
  const m = c.relative === 'baseline' ? BEFORE_AFTER.exec(reason) : null;
  if (!m) return reason;
  const amount = (group: 1 | 2) => formatMetricAmount(c.metric, Number(m[group]));
  return `baseline ${amount(1)} → ${amount(2)}${reason.slice(m[0].length)}`;
}

/** One line naming a criterion: "p95 of All requests < 3,000 ms". */
export function criterionText(
  c: Pick<Criterion, 'metric' | 'scope' | 'op' | 'target' | 'relative' | 'floorMs'>,
): string {
  const change = c.relative === 'baseline' ? ' change vs baseline' : '';
  return `${metricLabel(c.metric)} of ${scopeLabel(c.scope)}${change} ${formatTarget(c)}`;
}

export type MetState = 'met' | 'failed' | 'unknown';

/** met: true -> met; false -> failed; null (could not be evaluated, counts as not met) -> unknown. */
export function metState(result: Pick<CriterionResult, 'met'> | undefined): MetState {
  if (!result || result.met === null) return 'unknown';
  return result.met ? 'met' : 'failed';
}

export const MET_WORDS: Record<MetState, string> = { met: '✓', failed: '✗', unknown: 'not evaluable' };
