// Words and numbers of the trend page (issue 19): a metric's value in its unit, a scope's name, a short
// commit, a change's size without its range, and the matrix's recent change with the tone it deserves. Pure.
import { formatMs, formatPercent, formatRate, NONE } from '../../domain/format/format';
import { isRegression, magnitudeWords, METRIC_WORDS } from '../../domain/history/regression';
import { FAILURE_RATE_MIN_CHANGE } from '../../domain/history/settings';
import { DEFAULT_CHANGE_POINT_OPTIONS } from '../../domain/history/change-points';
import type { TrendMetric } from '../../domain/history/run-figures';
import { scopeLabel } from '../criteria/metrics';

export { METRIC_WORDS };

/** The picker's words: "P95 (ms)", "Goodput (req/s)". */
export const METRIC_OPTION_WORDS: Record<TrendMetric, string> = {
  p95Ms: 'P95',
  medianMs: 'Median',
  p99Ms: 'P99',
  goodputRps: 'Goodput',
  failureRate: 'Failure rate',
};

/** Picker order: the usual latency first. */
export const METRIC_ORDER: readonly TrendMetric[] = ['p95Ms', 'medianMs', 'p99Ms', 'goodputRps', 'failureRate'];

/** A value of the metric: "1,200 ms", "12.5/s", "1.45%"; null → "—". */
export function formatTrendValue(metric: TrendMetric, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  if (metric === 'goodputRps') return formatRate(value);
  if (metric === 'failureRate') return formatPercent(value);
  return formatMs(value);
}

/** An axis tick: shorter than a value ("1.2 s", "350 ms", "12/s", "1.5%"). */
export function formatTrendTick(metric: TrendMetric, value: number): string {
  if (metric === 'goodputRps') return formatRate(value);
  if (metric === 'failureRate') return `${Number((value * 100).toPrecision(3))}%`;
  if (Math.abs(value) >= 1000) return `${Number((value / 1000).toPrecision(3))} s`;
  return `${Number(value.toPrecision(3))} ms`;
}

/** "All requests", "POST /login", "/health (every method)". */
export const scopeText = (scope: string): string => scopeLabel(scope);

/** "P95 of POST /login". */
export const seriesTitle = (metric: TrendMetric, scope: string) => `${METRIC_WORDS[metric]} of ${scopeText(scope)}`;

/** The first 7 characters of a commit; null stays null. */
export const shortCommit = (commit: string | null | undefined): string | null => (commit ? commit.slice(0, 7) : null);

/** A change's size without its range: "+40%", "−12%", "+5.0 pts" (failure rate), "from 0". */
export function changeSize(metric: TrendMetric, magnitude: number | null): string {
  return magnitudeWords({ metric, magnitude, magnitudeLow: null, magnitudeHigh: null });
}

export type Tone = 'bad' | 'ok' | 'neutral';

/** Recent changes are coloured from twice the smallest change point's size: medians of 5 runs against 5 move
 *  by the smallest size in plain noise (5% CV), and a colour there would cry wolf. */
export const TONE_FACTOR = 2;

/** The matrix's recent change: its words, and `bad`/`ok` once it is large enough to mean something. */
export function recentChangeWords(metric: TrendMetric, change: number | null): { text: string; tone: Tone } {
  if (change === null) return { text: NONE, tone: 'neutral' };
  const smallest = metric === 'failureRate' ? FAILURE_RATE_MIN_CHANGE : DEFAULT_CHANGE_POINT_OPTIONS.minMagnitude;
  const small = Math.abs(change) < TONE_FACTOR * smallest;
  const text = changeSize(metric, change);
  if (small) return { text, tone: 'neutral' };
  return { text, tone: isRegression(metric, change) ? 'bad' : 'ok' };
}

/** "1 run", "40 runs". */
export const runsText = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'run' : 'runs'}`;
