// Wording and number formats of the compare page, as a review meeting writes them (1,200 ms; 91.72%;
// +567%; −0.23 pts; p = 0.74). Built on lib/domain/format so the page and the Markdown report agree.
import { pText } from '../analysis/significance';
import type { SummaryMetric } from '../analysis/types';
import { formatChange, formatCount, formatMs, formatPercent, formatRate, NONE } from '../format/format';

export const METRIC_LABELS: Record<SummaryMetric, string> = {
  successRate: 'Success rate',
  failures: 'Failures',
  requests: 'Requests',
  rps: 'Throughput',
  goodputRps: 'Goodput',
  medianMs: 'Median',
  p75Ms: 'P75',
  p90Ms: 'P90',
  p95Ms: 'P95',
  p99Ms: 'P99',
  maxMs: 'Max',
};

/** Significance threshold used in the wording (the analysis' default alpha). */
export const ALPHA = 0.05;

export function formatMetricValue(metric: SummaryMetric, v: number | null | undefined): string {
  if (metric === 'successRate') return formatPercent(v);
  if (metric === 'failures' || metric === 'requests') return formatCount(v);
  if (metric === 'rps' || metric === 'goodputRps') return formatRate(v);
  return formatMs(v);
}

/** A difference of fractions in percentage points: −0.0023 -> "−0.23 pts". */
export function formatPoints(diff: number | null | undefined): string {
  if (diff === null || diff === undefined || !Number.isFinite(diff)) return NONE;
  const pts = Math.abs(diff * 100).toFixed(2);
  if (pts === '0.00') return '0.00 pts';
  return `${diff > 0 ? '+' : '−'}${pts} pts`;
}

/** The change column: points for the success rate, relative for the rest. */
export function formatMetricChange(metric: SummaryMetric, change: number | null | undefined): string {
  return metric === 'successRate' ? formatPoints(change) : formatChange(change);
}

/** The analysis' one p-value format (lib/domain/analysis/significance.ts pText): "p < 0.001", "p = 0.062". */
export function formatPValue(p: number): string {
  return pText(p);
}

/** "significant (p = 0.003)" / "inconclusive (p = 0.74)": a test that does not reach the 5% level cannot
 *  tell whether the change is real; it does not show that there is none. */
export function significanceWords(p: number | null | undefined): string | null {
  if (p === null || p === undefined || !Number.isFinite(p)) return null;
  return `${p < ALPHA ? 'significant' : 'inconclusive'} (${formatPValue(p)})`;
}

/** A load factor: 2 -> "2×", 1.5 -> "1.5×", 0.333 -> "0.33×". */
export function formatFactor(f: number): string {
  return `${Number(f.toFixed(2))}×`;
}

export type Tone = 'worse' | 'better' | 'same' | 'none';

/** Whether a change is for the worse: lower success rate or throughput, more failures, slower. */
export function changeTone(metric: SummaryMetric, change: number | null | undefined): Tone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'none';
  if (change === 0 || metric === 'requests') return 'same';
  const higherIsWorse = metric !== 'successRate' && metric !== 'rps' && metric !== 'goodputRps';
  return change > 0 === higherIsWorse ? 'worse' : 'better';
}

/** Relative change b -> l; null when either is unknown or the base is 0 (0 -> 0 is no change). */
export function relativeChange(b: number | null | undefined, l: number | null | undefined): number | null {
  if (b === null || b === undefined || l === null || l === undefined || !Number.isFinite(b) || !Number.isFinite(l))
    return null;
  if (b === 0) return l === 0 ? 0 : null;
  return l / b - 1;
}

/** "GET /login", or just the name when the method is unknown. */
export function endpointLabel(method: string | null, name: string): string {
  return method ? `${method} ${name}` : name;
}

/** "a, b and c"; long lists end with "and N more". */
export function listWords(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "1 user", "20 users", "users unknown". */
export function formatUsers(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'users unknown';
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'user' : 'users'}`;
}

/** A failure rate: 0 -> "0%", 0.000027 -> "<0.01%" (never a red "0.00%"), 0.0145 -> "1.45%". */
export function formatFailureRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NONE;
  if (rate === 0) return '0%';
  if (rate < 0.0001) return '<0.01%';
  return `${(rate * 100).toFixed(2)}%`;
}

/** A signed difference in ms: +149 ms, −8.5 ms, 0 ms. */
export function formatSignedMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NONE;
  const text = formatMs(Math.abs(ms));
  if (text === '0 ms' || text === '0.0 ms') return '0 ms';
  return `${ms > 0 ? '+' : '−'}${text}`;
}

/** A signed count: +5, −2, 0. */
export function formatSignedCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NONE;
  return n > 0 ? `+${formatCount(n)}` : n < 0 ? `−${formatCount(-n)}` : '0';
}
