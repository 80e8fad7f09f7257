// Which way is worse for each trend metric, and a change point in words (issue 19's inbox and the
// regression.detected webhook). Latency and the failure rate get worse as they rise, goodput as it falls.
// Pure.
import { formatChange, formatMs, formatPercent } from '../format/format';
import type { MetricChange } from './metric-change';
import type { TrendMetric } from './run-figures';

export const WORSE_WHEN_HIGHER: Record<TrendMetric, boolean> = {
  goodputRps: false,
  medianMs: true,
  p95Ms: true,
  p99Ms: true,
  failureRate: true,
};

export const METRIC_WORDS: Record<TrendMetric, string> = {
  goodputRps: 'Goodput',
  medianMs: 'Median',
  p95Ms: 'P95',
  p99Ms: 'P99',
  failureRate: 'Failure rate',
};

/** A change for the worse: its magnitude's sign is the metric's worse direction (null magnitude: a rise
 *  from 0, worse for every metric that is worse when higher). */
export function isRegression(metric: TrendMetric, magnitude: number | null): boolean {
  if (magnitude === null) return WORSE_WHEN_HIGHER[metric];
  return WORSE_WHEN_HIGHER[metric] ? magnitude > 0 : magnitude < 0;
}

/** A difference of rates in points: 0.05 -> "+5.0 pts". */
const points = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)} pts`;

/** "+40% (+32% to +48%)" for a relative change; "+5.0 pts (+3.1 pts to +6.9 pts)" for the failure rate. */
export function magnitudeWords(
  c: Pick<MetricChange, 'metric' | 'magnitude' | 'magnitudeLow' | 'magnitudeHigh'>,
): string {
  if (c.magnitude === null) return 'from 0';
  const words = c.metric === 'failureRate' ? points : (x: number) => formatChange(x);
  const range =
    c.magnitudeLow === null || c.magnitudeHigh === null
      ? ''
      : ` (${words(c.magnitudeLow)} to ${words(c.magnitudeHigh)})`;
  return `${words(c.magnitude)}${range}`;
}

/** "P95 of POST /login: 1,200 ms → 1,680 ms, +40% (+32% to +48%)". */
export function changeSentence(c: MetricChange): string {
  const where = c.scope === 'aggregate' ? 'all requests' : c.scope.slice('endpoint:'.length);
  const value = (x: number) =>
    c.metric === 'failureRate' ? formatPercent(x) : c.metric === 'goodputRps' ? `${x.toFixed(2)}/s` : formatMs(x);
  return `${METRIC_WORDS[c.metric]} of ${where}: ${value(c.meanBefore)} → ${value(c.meanAfter)}, ${magnitudeWords(c)}`;
}
