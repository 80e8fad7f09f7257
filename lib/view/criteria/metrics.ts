// Words and units of criteria metrics, scopes and operators, as the project page and the criteria
// editor show them: "Success rate", "p95", "GET /login", "≥". Pure.
import type { CriterionOp } from '../../domain/criteria/types';

/** The metrics the editor offers by name (any other pNNMs is typed as "custom"). */
export const METRIC_OPTIONS = [
  'successRate',
  'failureRate',
  'failures',
  'requests',
  'rps',
  'goodputRps',
  'medianMs',
  'avgMs',
  'maxMs',
  'p50Ms',
  'p75Ms',
  'p90Ms',
  'p95Ms',
  'p99Ms',
  'p99.9Ms',
] as const;

export const OPS: readonly CriterionOp[] = ['<', '<=', '>', '>=', '=='];

/** fraction: 0..1 shown as a percentage; count: requests or failures; rate: per second; ms: times. */
export type MetricKind = 'fraction' | 'count' | 'rate' | 'ms';

const NAMED: Record<string, { label: string; kind: MetricKind }> = {
  successRate: { label: 'Success rate', kind: 'fraction' },
  failureRate: { label: 'Failure rate', kind: 'fraction' },
  failures: { label: 'Failures', kind: 'count' },
  requests: { label: 'Requests', kind: 'count' },
  rps: { label: 'Throughput', kind: 'rate' },
  goodputRps: { label: 'Goodput (successful req/s)', kind: 'rate' },
  medianMs: { label: 'Median', kind: 'ms' },
  avgMs: { label: 'Average', kind: 'ms' },
  maxMs: { label: 'Max', kind: 'ms' },
};

const PERCENTILE_RE = /^p(\d+(?:\.\d+)?)Ms$/;

export function metricKind(metric: string): MetricKind {
  return NAMED[metric]?.kind ?? 'ms';
}

/** "Success rate", "p95", "p99.9"; an unknown metric as written. */
export function metricLabel(metric: string): string {
  const named = NAMED[metric];
  if (named) return named.label;
  const p = PERCENTILE_RE.exec(metric);
  return p ? `p${p[1]}` : metric;
}

/** What a typed custom percentile means: "p97", "97", "p97Ms" -> "p97Ms"; null when it is none. */
export function normalizeCustomMetric(text: string): string | null {
  const m = /^p?(\d+(?:\.\d+)?)(?:ms)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n <= 100 ? `p${m[1]}Ms` : null;
}

export const OP_SYMBOLS: Record<CriterionOp, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=' };

export type ScopeKind = 'aggregate' | 'endpoint' | 'group';

/** "aggregate" | "endpoint:GET /x" | "group:/api/" -> its kind and text. */
export function splitScope(scope: string): { kind: ScopeKind; text: string } {
  if (scope.startsWith('endpoint:')) return { kind: 'endpoint', text: scope.slice('endpoint:'.length) };
  if (scope.startsWith('group:')) return { kind: 'group', text: scope.slice('group:'.length) };
  return { kind: 'aggregate', text: '' };
}

/** "All requests", "GET /login", "/login (every method)", "Endpoints under /api/". */
export function scopeLabel(scope: string): string {
  const { kind, text } = splitScope(scope);
  if (kind === 'aggregate') return 'All requests';
  if (kind === 'group') return `Endpoints under ${text}`;
  // As lib/domain/criteria/scope.ts reads it: a first word without "/" is the method.
  const space = text.indexOf(' ');
  const hasMethod = space > 0 && !text.slice(0, space).includes('/');
  return hasMethod ? text : `${text} (every method)`;
}
