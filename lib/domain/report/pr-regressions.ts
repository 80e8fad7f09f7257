// The pull-request comment's "Regressed endpoints" (lib/domain/report/pr-comment.ts): which endpoints regressed
// against the baseline and the worst TOP_ENDPOINTS of them as a table. Pure.
import { formatChange, formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison, EndpointComparison } from '../analysis/types';
import { clip } from './pr-text';

export const TOP_ENDPOINTS = 10;
const NAME_CHARS = 120;
const md = (text: string) => mdText(clip(text, NAME_CHARS));
/** A change of fractions in percentage points: "+1.2 pts". */
const points = (change: number | null) =>
  change === null ? '—' : `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)} pts`;

type Regression = { e: EndpointComparison; critical: boolean; why: string[] };

/** A regressed endpoint: failures worse (warning/critical, or new failures), or P95 grown beyond the latency
 *  warning threshold and the noise floor. Critical ones first, then by failure-rate change, then P95 change. */
export function regressions(c: Comparison): Regression[] {
  const [b, t] = [c.baselineIndex, c.targetIndex];
  const { latencyGrowth, latencyFloorMs } = DEFAULT_THRESHOLDS;
  const found: Regression[] = [];
  for (const e of c.endpoints) {
    const why: string[] = [];
    let critical = false;
    const failing = e.failureStatus === 'critical' || e.failureStatus === 'warning';
    if (failing || (e.newFailures && !e.insufficientData)) {
      critical ||= e.failureStatus === 'critical';
      why.push(e.newFailures ? 'new failures' : `failure rate ${points(e.failureRateChange)}`);
    }
    const [p95b, p95t] = [e.runs[b]?.p95Ms ?? null, e.runs[t]?.p95Ms ?? null];
    const grown = p95b !== null && p95t !== null && p95t - p95b > latencyFloorMs;
    if (grown && e.p95Change !== null && e.p95Change >= latencyGrowth.warning) {
      critical ||= e.p95Change >= latencyGrowth.critical;
      why.push(`P95 ${formatChange(e.p95Change)}`);
    }
    if (why.length > 0) found.push({ e, critical, why });
  }
  const key = (r: Regression) => [r.critical ? 1 : 0, r.e.failureRateChange ?? 0, r.e.p95Change ?? 0];
  return found.sort((x, y) => {
    const [a, z] = [key(x), key(y)];
    return z[0]! - a[0]! || z[1]! - a[1]! || z[2]! - a[2]!;
  });
}

export function regressedEndpoints(c: Comparison): string[] {
  const all = regressions(c);
  if (all.length === 0) return ['', `No endpoint regressed (of ${formatCount(c.endpoints.length)}).`];
  const [b, t] = [c.baselineIndex, c.targetIndex];
  const fails = (e: EndpointComparison, i: number) =>
    e.runs[i] ? `${formatCount(e.runs[i]!.failures)} (${formatPercent(e.runs[i]!.failureRate)})` : '—';
  const shown = all.slice(0, TOP_ENDPOINTS);
  return [
    '',
    `**Regressed endpoints**: ${formatCount(all.length)} of ${formatCount(c.endpoints.length)}` +
      (shown.length < all.length ? `, the ${shown.length} worst:` : ':'),
    '',
    '| Endpoint | Failures | P95 | Why |',
    '|---|---:|---:|---|',
    ...shown.map(({ e, critical, why }) => {
      const name = md(`${e.method ? `${e.method} ` : ''}${e.name}`);
      const p95 = `${formatMs(e.runs[b]?.p95Ms)} → ${formatMs(e.runs[t]?.p95Ms)}`;
      return `| ${name} | ${fails(e, b)} → ${fails(e, t)} | ${p95} | ${critical ? '❌' : '⚠️'} ${why.join(', ')} |`;
    }),
  ];
}
