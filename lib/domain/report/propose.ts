// Targets for the findings of a comparison (baseline = the good run, target = the bad one), shared
// by the proposed retest criteria (propose-criteria.ts) and roadmap items (propose-items.ts). Pure.
// Fractions 0..1, times in ms, throughput per second.
//
// A 'between' target is aimed AIM of the way from the good value to the bad one and rounded to a
// human number within BAND of the way (betweenTarget): the good run meets the criterion, the bad run
// does not. Throughput is judged on goodput (successful requests per second, the summary's goodputRps
// row: Locust's rps counts failed requests too). Under another load it is aimed between the actual
// goodput and linear scaling from the run with fewer users instead: a goal at the target's load that
// no run at another load can meet; when the target is the run with FEWER users no goodput goal is
// proposed (the shortfall is measured at the other run's load). Endpoint failure-rate targets are at
// most FAILURE_RATE_CAP when the baseline rate was below it.
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison, EndpointComparison, Status, SummaryMetric } from '../analysis/types';
import { endpointLabel, formatFailureRate, formatPValue, formatUsers } from './metric-format';
import { formatCount, formatMs, formatPercent, formatRate } from '../format/format';
import type { Criterion } from '../criteria/types';

export interface ProposedCriterion {
  criterion: Criterion;
  /** The two runs' values and how the target was chosen, in words. */
  why: string;
  /** The target run's value of the metric in the scope (for a relative gate: the value, not the change). */
  current: number | null;
  /** The baseline run's value, in the same terms. */
  baseline: number | null;
}

/** A 'between' target is aimed this fraction of the way from the good value to the bad one... */
export const AIM = 0.25;
/** ...and its rounded value stays within this part of the way (inclusive). */
export const BAND: readonly [number, number] = [0.1, 0.5];
export const MAX_ENDPOINT_CRITERIA = 8;
/** 'between' endpoint failure-rate targets never exceed this when the baseline rate was below it. */
export const FAILURE_RATE_CAP = 0.1;
/** A rate change counts below this p-value; fewer requests than this in a scope are not judged. */
export const { alpha: ALPHA, minRequests: MIN_REQUESTS } = DEFAULT_THRESHOLDS;

// --- human numbers ------------------------------------------------------------------------------

/** Rounds x > 0 down or up onto a grid of numbers people write. */
export type Grid = (x: number, dir: 'down' | 'up') => number;

const clean = (v: number) => Number(v.toPrecision(12));
const MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9];

/** 1, 1.5, 2, 2.5, 3, 4 … 9 times a power of ten: 400, 3000, 0.015. */
export const niceGrid: Grid = (x, dir) => {
  const k = Math.floor(Math.log10(x));
  const values = [k - 1, k, k + 1].flatMap((e) => MANTISSAS.map((m) => clean(m * 10 ** e)));
  return dir === 'down' ? Math.max(...values.filter((v) => v <= x)) : Math.min(...values.filter((v) => v >= x));
};
/** Multiples of step: 0.005 gives 0.97, 0.975. */
export const stepGrid =
  (step: number): Grid =>
  (x, dir) => {
    const q = clean(x / step);
    return clean((dir === 'down' ? Math.floor(q) : Math.ceil(q)) * step);
  };
/** n significant digits: 17.26 -> 17 (down) or 18 (up) with n = 2. */
export const sigGrid =
  (n: number): Grid =>
  (x, dir) =>
    stepGrid(10 ** (Math.floor(Math.log10(x)) - n + 1))(x, dir);

/** Grids tried in turn: ms and counts and failure rates nice first; req/s (goodput) to 2 digits;
 *  success rate to 0.5 points. */
export const GRIDS = {
  latency: [niceGrid, sigGrid(2), sigGrid(3)],
  count: [niceGrid, sigGrid(2)],
  failureRate: [niceGrid, sigGrid(2), sigGrid(3)],
  rps: [sigGrid(2), sigGrid(3)],
  successRate: [stepGrid(0.005), stepGrid(0.001), stepGrid(0.0001)],
} as const satisfies Record<string, readonly Grid[]>;

/**
 * A human number strictly between good and bad (bad excluded from the good side): AIM of the way from
 * good to bad, rounded on the first grid (toward good, then away) that keeps it within BAND of the way;
 * the aim itself when no grid does. `integer`: counts. Null when the values are equal or not finite.
 * Invariant: "< t" is met by good and not by bad when bad > good; ">= t" likewise when bad < good.
 */
export function betweenTarget(good: number, bad: number, grids: readonly Grid[], integer = false): number | null {
  if (!Number.isFinite(good) || !Number.isFinite(bad) || good === bad) return null;
  const at = (f: number) => good + f * (bad - good);
  const worseIsHigher = bad > good;
  const [lo, hi] = worseIsHigher ? [at(BAND[0]), at(BAND[1])] : [at(BAND[1]), at(BAND[0])];
  const fits = (v: number) => v >= lo && v <= hi && (!integer || Number.isInteger(v));
  const aim = clean(at(AIM));
  const dirs = worseIsHigher ? (['down', 'up'] as const) : (['up', 'down'] as const);
  for (const grid of aim > 0 ? grids : []) {
    for (const dir of dirs) {
      const v = grid(aim, dir);
      if (fits(v)) return v;
    }
  }
  if (integer) return worseIsHigher ? Math.floor(good) + 1 : Math.ceil(good) - 1;
  return aim;
}

/** A target fraction as people write it: 0.97 -> "97%", 0.995 -> "99.5%", 0.015 -> "1.5%". */
export const percentWords = (f: number) => `${Number((f * 100).toPrecision(10))}%`;

// --- words ---------------------------------------------------------------------------------------

/** "at 20 users" when no other run has that load, else "in <label>" or "in run N". */
export function placeOf(c: Comparison, index: number): string {
  const run = c.runs[index];
  const users = run?.userCount ?? null;
  if (users !== null && c.runs.filter((r) => r.userCount === users).length === 1) return `at ${formatUsers(users)}`;
  return run?.label ? `in ${run.label}` : `in run ${index + 1}`;
}

const OP_WORDS: Record<Criterion['op'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=' };
export const key = (e: { method: string | null; name: string }) => `${e.method ?? ''} ${e.name}`;
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `endpoint:METHOD NAME`, or null when the scope syntax cannot express the endpoint
 *  (no method, a space in the name). */
export function endpointScope(e: { method: string | null; name: string }): string | null {
  if (e.method === null && /\s/.test(e.name)) return null;
  return `endpoint:${endpointLabel(e.method, e.name)}`;
}

// --- headline metrics ----------------------------------------------------------------------------

interface Headline {
  metric: SummaryMetric;
  words: string;
  op: '<' | '>=';
  grids: readonly Grid[];
  integer: boolean;
  show: (v: number) => string;
}
export const HEADLINES: Headline[] = [
  {
    metric: 'successRate',
    words: 'success rate',
    op: '>=',
    grids: GRIDS.successRate,
    integer: false,
    show: (v) => formatPercent(v),
  },
  { metric: 'failures', words: 'failures', op: '<', grids: GRIDS.count, integer: true, show: formatCount },
  {
    metric: 'goodputRps',
    words: 'goodput (successful req/s)',
    op: '>=',
    grids: GRIDS.rps,
    integer: false,
    show: formatRate,
  },
  { metric: 'medianMs', words: 'median', op: '<', grids: GRIDS.latency, integer: false, show: formatMs },
  { metric: 'p95Ms', words: 'p95', op: '<', grids: GRIDS.latency, integer: false, show: formatMs },
  { metric: 'p99Ms', words: 'p99', op: '<', grids: GRIDS.latency, integer: false, show: formatMs },
];

/** Only these statuses mean the target got worse (`improved`, `ok` and `inconclusive` do not). */
export const isWorse = (status: Status | undefined) => status === 'warning' || status === 'critical';

/** The target run is at a different user count than the baseline (both known). */
export const otherLoad = (c: Comparison) => {
  const [b, t] = [c.runs[c.baselineIndex]?.userCount ?? null, c.runs[c.targetIndex]?.userCount ?? null];
  return b !== null && t !== null && b !== t;
};

/** The target carries more users than the baseline: the row's `expected` (linear from the run with fewer users)
 *  is its own. */
const targetIsLarger = (c: Comparison) =>
  otherLoad(c) && (c.runs[c.targetIndex]!.userCount as number) > (c.runs[c.baselineIndex]!.userCount as number);

/**
 * Baseline and target values of a headline metric; null when either is unknown. `expected`: the
 * target's linear goodput when it is the larger load, else null; goodput under another load with the
 * target the SMALLER load gives null (nothing to aim at for the target).
 */
export function headlineValues(
  c: Comparison,
  metric: SummaryMetric,
): { b: number; t: number; expected: number | null } | null {
  const row = c.summary.find((r) => r.metric === metric);
  const b = row?.values[c.baselineIndex] ?? null;
  const t = row?.values[c.targetIndex] ?? null;
  if (b === null || t === null) return null;
  if (metric !== 'goodputRps' || !otherLoad(c)) return { b, t, expected: null };
  const expected = row?.expected ?? null;
  return targetIsLarger(c) && expected !== null ? { b, t, expected } : null;
}

/** The 'between' criterion of a headline metric, whatever its status; null when it did not get worse or is unknown. */
export function headlineProposal(c: Comparison, metric: SummaryMetric): ProposedCriterion | null {
  const spec = HEADLINES.find((h) => h.metric === metric);
  const v = headlineValues(c, metric);
  if (!spec || !v) return null;
  const good = v.expected ?? v.b;
  if (spec.op === '<' ? !(v.t > good) : !(v.t < good)) return null;
  const target = betweenTarget(good, v.t, spec.grids, spec.integer);
  if (target === null) return null;
  const shown = metric === 'successRate' ? percentWords(target) : spec.show(target);
  const linear = good !== v.b ? `, ${spec.show(good)} if it scaled linearly` : '';
  const aim = good !== v.b ? 'most of the way to linear scaling' : 'most of the way back';
  const count = metric === 'failures' ? ' (a count: run the retest as long)' : '';
  const why =
    `${spec.words} ${spec.show(v.b)} ${placeOf(c, c.baselineIndex)} → ${spec.show(v.t)} ${placeOf(c, c.targetIndex)}` +
    `${linear}; target ${OP_WORDS[spec.op]} ${shown}, ${aim}${count}`;
  return { criterion: { metric, scope: 'aggregate', op: spec.op, target }, why, current: v.t, baseline: v.b };
}

// --- endpoints and groups ------------------------------------------------------------------------

const added = (c: Comparison, e: EndpointComparison) =>
  (e.runs[c.targetIndex]?.failures ?? 0) - (e.runs[c.baselineIndex]?.failures ?? 0);

/** Endpoints whose failure rate rose significantly with enough requests in every run, most added failures first
 *  (at most MAX_ENDPOINT_CRITERIA). */
export function worseEndpoints(c: Comparison): EndpointComparison[] {
  return c.endpoints
    .filter(
      (e) =>
        !e.insufficientData &&
        (e.failureRateChange ?? 0) > 0 &&
        e.failurePValue !== null &&
        e.failurePValue < ALPHA &&
        endpointScope(e) !== null,
    )
    .sort((x, y) => added(c, y) - added(c, x) || byText(key(x), key(y)))
    .slice(0, MAX_ENDPOINT_CRITERIA);
}

export const ratePlace = (c: Comparison, e: EndpointComparison, i: number) => {
  const r = e.runs[i];
  return r
    ? `${formatFailureRate(r.failureRate)} (${formatCount(r.failures)} of ${formatCount(r.requests)}) ${placeOf(c, i)}`
    : `absent ${placeOf(c, i)}`;
};

/** The 'between' failure-rate criterion of an endpoint; null when its rate did not rise or is unknown. */
export function endpointProposal(c: Comparison, e: EndpointComparison): ProposedCriterion | null {
  const b = e.runs[c.baselineIndex]?.failureRate ?? null;
  const t = e.runs[c.targetIndex]?.failureRate ?? null;
  const scope = endpointScope(e);
  if (b === null || t === null || !(t > b) || scope === null) return null;
  const aimed = betweenTarget(b, t, GRIDS.failureRate) as number;
  const capped = b < FAILURE_RATE_CAP && aimed > FAILURE_RATE_CAP;
  const target = capped ? FAILURE_RATE_CAP : aimed;
  const p = e.failurePValue === null ? '' : ` (${formatPValue(e.failurePValue)})`;
  const high =
    b >= FAILURE_RATE_CAP ? `; ${formatFailureRate(b)} is itself high: the production bar asks for no failures` : '';
  const why =
    `${endpointLabel(e.method, e.name)}: failure rate ${ratePlace(c, e, c.baselineIndex)} → ` +
    `${ratePlace(c, e, c.targetIndex)}${p}; target < ${percentWords(target)}, ` +
    `${capped ? `at most ${percentWords(FAILURE_RATE_CAP)}` : 'most of the way back'}${high}`;
  return {
    criterion: { metric: 'failureRate', scope, op: '<', target, minRequests: MIN_REQUESTS },
    why,
    current: t,
    baseline: b,
  };
}
