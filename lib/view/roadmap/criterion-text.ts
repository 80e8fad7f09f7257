// Success criteria as a review meeting writes them: "p95 < 3,000 ms (aggregate) — set Conditional GO",
// and their results on a run: "p95 (aggregate) 3,450 ms vs < 3,000 ms".
import type { Criterion, CriterionOp, CriterionResult } from '../../domain/criteria/types';
import { formatCount, formatMs, formatRate, NONE } from '../../domain/format/format';
import type { LinkedCriterion } from '../../domain/roadmap/types';

const OP_SYMBOLS: Record<CriterionOp, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=' };

const METRIC_WORDS: Record<string, string> = {
  successRate: 'success rate',
  failureRate: 'failure rate',
  failures: 'failures',
  requests: 'requests',
  rps: 'throughput',
  goodputRps: 'goodput (successful req/s)',
  medianMs: 'median',
  avgMs: 'average',
  maxMs: 'max',
};

/** p95Ms -> "p95", p99.9Ms -> "p99.9", successRate -> "success rate"; unknown metrics as written. */
export function metricWords(metric: string): string {
  return METRIC_WORDS[metric] ?? metric.match(/^(p\d+(?:\.\d+)?)Ms$/)?.[1] ?? metric;
}

/** aggregate -> "aggregate", endpoint:GET /api/x -> "GET /api/x", group:/api/ -> "group /api/". */
export function scopeWords(scope: string): string {
  if (scope.startsWith('endpoint:')) return scope.slice('endpoint:'.length);
  if (scope.startsWith('group:')) return `group ${scope.slice('group:'.length)}`;
  return scope;
}

/** A percentage without trailing zeros: 0.995 -> "99.5%", 0.9172 -> "91.72%". */
function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** A value of a metric in its unit: 3,000 ms; 99.5%; 1,234; 13.04/s. */
export function metricValue(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  if (metric === 'successRate' || metric === 'failureRate') return percent(value);
  if (metric === 'failures' || metric === 'requests') return formatCount(value);
  if (metric === 'rps' || metric === 'goodputRps') return formatRate(value);
  if (metric.endsWith('Ms')) return formatMs(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** A relative change: 0.1 -> "+10%", -0.05 -> "−5%". */
function change(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return NONE;
  const pct = Number((fraction * 100).toFixed(1));
  return pct > 0 ? `+${pct}%` : pct < 0 ? `−${-pct}%` : '0%';
}

type Relative = Pick<Criterion, 'relative' | 'floorMs'>;

/** The target side: "< 3,000 ms", "≤ +10% vs baseline (or +50 ms)". */
export function targetWords(c: Pick<Criterion, 'metric' | 'op' | 'target'> & Relative): string {
  if (c.relative !== 'baseline') return `${OP_SYMBOLS[c.op]} ${metricValue(c.metric, c.target)}`;
  const floor = c.floorMs !== undefined ? ` (or +${formatMs(c.floorMs)})` : '';
  return `${OP_SYMBOLS[c.op]} ${change(c.target)} vs baseline${floor}`;
}

/** "p95 < 3,000 ms (aggregate)"; "should" criteria say so. */
export function criterionText(c: Criterion): string {
  const should = c.severity === 'should' ? ', should' : '';
  return `${metricWords(c.metric)} ${targetWords(c)} (${scopeWords(c.scope)}${should})`;
}

/** "p95 < 3,000 ms (aggregate) — set Conditional GO". */
export function linkedCriterionText(c: LinkedCriterion): string {
  return `${criterionText(c)} — set ${c.setName}`;
}

export type ResultMark = 'met' | 'not-met' | 'unknown';

export function resultMark(r: Pick<CriterionResult, 'met'>): ResultMark {
  return r.met === true ? 'met' : r.met === false ? 'not-met' : 'unknown';
}

/**
 * "p95 (aggregate) 3,450 ms vs < 3,000 ms". `criterion`: the linked criterion the result is of, when
 * known (results do not say whether the gate is relative to a baseline).
 */
export function criterionResultText(r: CriterionResult, criterion?: Relative): string {
  const relative = criterion?.relative === 'baseline';
  const current = relative ? change(r.current) : metricValue(r.metric, r.current);
  const target = targetWords({ ...r, relative: criterion?.relative, floorMs: criterion?.floorMs });
  return `${metricWords(r.metric)} (${scopeWords(r.scope)}) ${current} vs ${target}`;
}

/** The linked criterion a result is of: same metric, scope, op and target. */
export function criterionOfResult(r: CriterionResult, linked: readonly LinkedCriterion[]): LinkedCriterion | undefined {
  return linked.find((c) => c.metric === r.metric && c.scope === r.scope && c.op === r.op && c.target === r.target);
}

export interface ResultLine {
  text: string;
  mark: ResultMark;
  /** Why it could not be judged (or was not, with too few requests). */
  reason: string | null;
}

/** The results of the latest judged run, one line each, for the "Not met yet" details. */
export function resultLines(results: readonly CriterionResult[], linked: readonly LinkedCriterion[]): ResultLine[] {
  return results.map((r) => ({
    text: criterionResultText(r, criterionOfResult(r, linked)),
    mark: resultMark(r),
    reason: r.reason ?? null,
  }));
}
