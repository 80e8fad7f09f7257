// Which endpoints drive a criterion that a run misses ("p95 870 ms: GET /export/pdf/ 2,900 ms"), from the
// judged run's per-endpoint figures. Pure. Rules (lib/domain/analysis/README.md, "The meeting verdict"):
// - latency upper bounds (median, pNN, max; aggregate or group scope): the endpoints in scope whose own value
//   misses the target, those with the most requests beyond the target first (a lower bound from their known
//   quantiles: median beyond → at least half of them);
// - failure bounds (failureRate, failures, successRate): the endpoints in scope with failures, most first;
// - throughput, requests, relative gates, endpoint scopes and unknown figures: nobody is named (null).
import { foldPath } from '../analysis/fold-path';
import type { EndpointComparison } from '../analysis/types';
import { formatCount, formatMs } from '../format/format';
import type { EndpointStats } from '../locust/types';
import type { Criterion } from '../criteria/types';
import { endpointLabel } from './metric-format';

/** One endpoint of the judged run, as far as the drivers need it. Times in ms. */
export interface EndpointFigures {
  /** "GET /dashboard/" */
  label: string;
  name: string;
  requests: number;
  failures: number;
  /** Known latency quantiles, ms by fraction of requests (0.5 the median, 1 the maximum), ascending q. */
  quantilesMs: { q: number; ms: number }[];
  /** Average response time in ms, null when unknown. */
  avgMs: number | null;
}

export interface Driver {
  label: string;
  /** "2,900 ms", "21 of 40 failures". */
  figure: string;
}

export interface Drivers {
  /** At most MAX_DRIVERS, the weightiest first; null: this kind of criterion names no endpoint. */
  named: Driver[] | null;
  /** Endpoints that qualify beyond those named. */
  more: number;
  /** Why nobody is named although the kind of criterion would name some ("no endpoint misses it on its own"). */
  note: string | null;
}

export const MAX_DRIVERS = 3;
const NONE: Drivers = { named: null, more: 0, note: null };

/** The figures of run `index` of a comparison (median, P95 and max are what it keeps per endpoint). */
export function figuresFromComparison(endpoints: readonly EndpointComparison[], index: number): EndpointFigures[] {
  return endpoints.flatMap((e) => {
    const r = e.runs[index];
    if (!r) return [];
    const known: [number, number | null][] = [
      [0.5, r.medianMs],
      [0.95, r.p95Ms],
      [1, r.maxMs],
    ];
    const quantilesMs = known.flatMap(([q, ms]) => (ms === null ? [] : [{ q, ms }]));
    const label = endpointLabel(e.method, e.name);
    return [{ label, name: e.name, requests: r.requests, failures: r.failures, quantilesMs, avgMs: null }];
  });
}

/** The figures of a parsed run's endpoints (every percentile Locust wrote). */
export function figuresFromRun(endpoints: readonly EndpointStats[]): EndpointFigures[] {
  return endpoints.map((e) => {
    const byQ = new Map<number, number>();
    for (const [key, ms] of Object.entries(e.percentiles)) if (ms !== null) byQ.set(Number(key) / 100, ms);
    if (e.medianMs !== null && !byQ.has(0.5)) byQ.set(0.5, e.medianMs);
    if (e.maxMs !== null) byQ.set(1, e.maxMs);
    const quantilesMs = [...byQ]
      .filter(([q]) => Number.isFinite(q))
      .sort((a, b) => a[0] - b[0])
      .map(([q, ms]) => ({ q, ms }));
    const label = endpointLabel(e.method, e.name);
    return { label, name: e.name, requests: e.requests, failures: e.failures, quantilesMs, avgMs: e.avgMs };
  });
}

/** The quantile a latency metric names (medianMs 0.5, p95Ms 0.95, p99.9Ms 0.999, maxMs 1), else null. */
export function quantileOf(metric: string): number | null {
  if (metric === 'medianMs') return 0.5;
  if (metric === 'maxMs') return 1;
  const m = /^p(\d{1,2}(?:\.\d{1,4})?)Ms$/.exec(metric);
  return m ? Number(m[1]) / 100 : null;
}

function meets(value: number, op: Criterion['op'], target: number): boolean {
  if (op === '<') return value < target;
  if (op === '<=') return value <= target;
  if (op === '>') return value > target;
  return op === '>=' ? value >= target : value === target;
}

/** Group scopes match as lib/domain/criteria/scope.ts does: the raw name or the folded name starts with the prefix. */
function inScope(scope: string, name: string): boolean {
  if (scope === 'aggregate') return true;
  if (!scope.startsWith('group:')) return false;
  const prefix = scope.slice('group:'.length);
  return name.startsWith(prefix) || foldPath(name).startsWith(foldPath(prefix));
}

function latencyOf(e: EndpointFigures, metric: string): number | null {
  if (metric === 'avgMs') return e.avgMs;
  const q = quantileOf(metric);
  return q === null ? null : (e.quantilesMs.find((x) => Math.abs(x.q - q) < 1e-9)?.ms ?? null);
}

/** Requests of `e` beyond the target, a lower bound: at least (1 − q) of them for the lowest quantile beyond it. */
function requestsBeyond(e: EndpointFigures, c: Criterion): number {
  const first = e.quantilesMs.find((x) => !meets(x.ms, c.op, c.target));
  if (!first) return 0;
  return Math.max(1, Math.floor(e.requests * (1 - first.q)));
}

function cut(ranked: Driver[], note: string | null = null): Drivers {
  const more = Math.max(0, ranked.length - MAX_DRIVERS);
  return { named: ranked.slice(0, MAX_DRIVERS), more, note: ranked.length === 0 ? note : null };
}

function latencyDrivers(c: Criterion, scoped: EndpointFigures[]): Drivers {
  const known = scoped.flatMap((e) => {
    const value = latencyOf(e, c.metric);
    return value === null ? [] : [{ e, value }];
  });
  if (known.length === 0) return NONE;
  const missing = known
    .filter(({ value }) => !meets(value, c.op, c.target))
    .map((x) => ({ ...x, beyond: c.metric === 'avgMs' ? x.e.requests : requestsBeyond(x.e, c) }))
    .sort((a, b) => b.beyond - a.beyond || b.value - a.value || a.e.label.localeCompare(b.e.label));
  const named = missing.map(({ e, value }) => ({ label: e.label, figure: formatMs(value) }));
  return cut(named, 'no endpoint misses it on its own: the mix of requests does');
}

function failureDrivers(scoped: EndpointFigures[]): Drivers {
  const total = scoped.reduce((a, e) => a + e.failures, 0);
  const failing = scoped
    .filter((e) => e.failures > 0)
    .sort((a, b) => b.failures - a.failures || a.label.localeCompare(b.label));
  const of = formatCount(total);
  return cut(failing.map((e) => ({ label: e.label, figure: `${formatCount(e.failures)} of ${of} failures` })));
}

const UPPER = new Set<Criterion['op']>(['<', '<=']);
const LOWER = new Set<Criterion['op']>(['>', '>=']);

/** The endpoints that drive a missed criterion; `endpoints` null when the judged run's endpoints are unknown. */
export function driversOf(c: Criterion, endpoints: readonly EndpointFigures[] | null): Drivers {
  if (endpoints === null || c.relative !== undefined) return NONE;
  if (c.scope !== 'aggregate' && !c.scope.startsWith('group:')) return NONE;
  const scoped = endpoints.filter((e) => inScope(c.scope, e.name));
  const latency = c.metric === 'avgMs' || quantileOf(c.metric) !== null;
  if (latency) return UPPER.has(c.op) ? latencyDrivers(c, scoped) : NONE;
  const failureBound =
    ((c.metric === 'failureRate' || c.metric === 'failures') && UPPER.has(c.op)) ||
    (c.metric === 'successRate' && LOWER.has(c.op));
  return failureBound ? failureDrivers(scoped) : NONE;
}
