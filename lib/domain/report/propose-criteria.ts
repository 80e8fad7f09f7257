// "Plan a retest": success criteria proposed from a comparison (baseline = the good run, target =
// the bad one), to be edited before saving. Pure. Fractions 0..1, times in ms, throughput per second.
//
// Bar 'between' (the hand-written report's "Conditional GO"), one criterion per finding, with the
// targets of propose.ts (between the two runs, most of the way back to the good one):
// - each headline metric (success rate, failures, goodput, median, p95, p99) whose status is
//   warning or critical (improved, ok and inconclusive are not findings); goodput is the successful
//   requests per second (not Locust's rps, which counts failures), judged at the target's load only
//   when the target has the larger load (propose.ts);
// - each endpoint whose failure rate rose significantly (p < 0.05, enough requests in every run),
//   at most MAX_ENDPOINT_CRITERIA, most added failures first;
// - the auto groups whose worst-endpoint p95 grew by >= +50% and >= 50 ms, at most
//   MAX_GROUP_CRITERIA, largest growth in ms first, on a prefix that selects exactly the group's
//   endpoints (a one-endpoint group: on the endpoint).
// No relative gate: the absolute targets already say how far back.
//
// Bar 'production' (the report's "Production GO"), absolute whatever the baseline did: success rate
// >= 99.5%; p95 < 2,000 ms; failure rate <= 0.1% on every endpoint that failed in the target (the
// significantly worse ones first, at most MAX_ENDPOINT_CRITERIA); goodput within 10% of linear
// scaling (or of the baseline at the same load) when it fell short; the median at most +10% over the
// baseline run (relative, 50 ms floor, judged from 100 requests).
//
// Both bars return [] when the 'between' bar finds nothing worse.
import { autoGroupOf, foldPath } from '../analysis/endpoint-groups';
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison, EndpointComparison } from '../analysis/types';
import { endpointLabel } from './metric-format';
import { formatChange, formatMs, formatPercent, formatRate } from '../format/format';
import {
  betweenTarget,
  byText,
  endpointProposal,
  endpointScope,
  headlineProposal,
  headlineValues,
  GRIDS,
  HEADLINES,
  isWorse,
  key,
  MAX_ENDPOINT_CRITERIA,
  MIN_REQUESTS,
  percentWords,
  placeOf,
  ratePlace,
  sigGrid,
  worseEndpoints,
  type ProposedCriterion,
} from './propose';
import type { Criterion } from '../criteria/types';

export type { ProposedCriterion } from './propose';
export type RetestBar = 'between' | 'production';

export const MAX_GROUP_CRITERIA = 2;
export const PRODUCTION = {
  successRate: 0.995,
  p95Ms: 2000,
  failureRate: 0.001,
  medianGrowth: 0.1,
  floorMs: 50,
  minRequests: 100,
  goodputShortfall: 0.1,
} as const;
const FLOOR_MS = DEFAULT_THRESHOLDS.latencyFloorMs;
const GROUP_GROWTH = DEFAULT_THRESHOLDS.latencyGrowth.critical;

// --- groups ---------------------------------------------------------------------------------------

/** A `group:PREFIX` selecting exactly `members` among the comparison's endpoints: the group name + "/",
 *  else the members' common path. */
function prefixScope(name: string, members: EndpointComparison[], all: EndpointComparison[]): string | null {
  const folded = members.map((e) => foldPath(e.name));
  const common = folded.reduce((p, n) => {
    let i = 0;
    while (i < p.length && i < n.length && p[i] === n[i]) i++;
    return p.slice(0, i);
  });
  const want = new Set(members.map(key));
  for (const prefix of [name.startsWith('/') ? `${name}/` : '', common.slice(0, common.lastIndexOf('/') + 1)]) {
    if (prefix.length < 2) continue;
    const picked = all.filter((e) => e.name.startsWith(prefix) || foldPath(e.name).startsWith(foldPath(prefix)));
    if (picked.length === want.size && picked.every((e) => want.has(key(e)))) return `group:${prefix}`;
  }
  return null;
}

/** The largest p95 of the members in run i (what a group scope evaluates: an upper bound of the group's p95),
 *  and their requests. */
function worstP95(members: EndpointComparison[], i: number): { p95: number | null; requests: number } {
  const values = members.map((e) => e.runs[i]?.p95Ms ?? null).filter((v): v is number => v !== null);
  return {
    p95: values.length > 0 ? Math.max(...values) : null,
    requests: members.reduce((s, e) => s + (e.runs[i]?.requests ?? 0), 0),
  };
}

/** 'between' p95 criteria for the auto groups that got much slower (one-endpoint groups: on the endpoint). */
function groupProposals(c: Comparison): ProposedCriterion[] {
  if (c.groups.length < 2) return [];
  const found = c.groups.flatMap((g) => {
    const members = g.source === 'auto' ? c.endpoints.filter((e) => autoGroupOf(e.name) === g.name) : [];
    // User groups claim endpoints before auto groups do: then the members recomputed here differ.
    if (
      members.length === 0 ||
      members.filter((e) => e.runs[c.targetIndex]).length !== g.runs[c.targetIndex]?.endpoints
    )
      return [];
    const scope =
      members.length === 1
        ? endpointScope(members[0] as EndpointComparison)
        : prefixScope(g.name, members, c.endpoints);
    const b = worstP95(members, c.baselineIndex);
    const t = worstP95(members, c.targetIndex);
    if (scope === null || b.p95 === null || t.p95 === null || b.requests < MIN_REQUESTS || t.requests < MIN_REQUESTS)
      return [];
    if (t.p95 - b.p95 < FLOOR_MS || t.p95 / b.p95 - 1 < GROUP_GROWTH) return [];
    return [{ scope, members, b: b.p95, t: t.p95 }];
  });
  return found
    .sort((x, y) => y.t - y.b - (x.t - x.b) || byText(x.scope, y.scope))
    .slice(0, MAX_GROUP_CRITERIA)
    .map(({ scope, members, b, t }) => {
      const target = betweenTarget(b, t, GRIDS.latency) as number;
      const what = scope.startsWith('group:')
        ? `worst endpoint p95 of ${scope.slice('group:'.length)} (${members.length} endpoints; ` +
          "an upper bound of the group's p95)"
        : `${scope.slice('endpoint:'.length)} p95`;
      const why =
        `${what} ${formatMs(b)} ${placeOf(c, c.baselineIndex)} → ${formatMs(t)} ${placeOf(c, c.targetIndex)} ` +
        `(${formatChange(t / b - 1)}); target < ${formatMs(target)}, most of the way back`;
      return {
        criterion: { metric: 'p95Ms', scope, op: '<' as const, target, minRequests: MIN_REQUESTS },
        why,
        current: t,
        baseline: b,
      };
    });
}

// --- the bars ------------------------------------------------------------------------------------

function betweenProposals(c: Comparison): ProposedCriterion[] {
  const headlines = HEADLINES.flatMap((h) => {
    const status = c.summary.find((r) => r.metric === h.metric)?.status;
    return isWorse(status) ? (headlineProposal(c, h.metric) ?? []) : [];
  });
  const endpoints = worseEndpoints(c).flatMap((e) => endpointProposal(c, e) ?? []);
  return [...headlines, ...endpoints, ...groupProposals(c)];
}

function productionProposals(c: Comparison): ProposedCriterion[] {
  const [base, last] = [placeOf(c, c.baselineIndex), placeOf(c, c.targetIndex)];
  const out: ProposedCriterion[] = [];
  const from = (words: string, v: { b: number; t: number }, show: (x: number) => string) =>
    `${words} ${show(v.b)} ${base} → ${show(v.t)} ${last}`;
  const either = (metBaseline: boolean) => (metBaseline ? '' : ` (not met ${base} either)`);
  const success = headlineValues(c, 'successRate');
  if (success) {
    const why =
      `${from('success rate', success, (x) => formatPercent(x))}; ` +
      `production bar ≥ ${percentWords(PRODUCTION.successRate)}${either(success.b >= PRODUCTION.successRate)}`;
    out.push({
      criterion: { metric: 'successRate', scope: 'aggregate', op: '>=', target: PRODUCTION.successRate },
      why,
      current: success.t,
      baseline: success.b,
    });
  }
  const good = headlineValues(c, 'goodputRps');
  const aim = good ? (good.expected ?? good.b) * (1 - PRODUCTION.goodputShortfall) : 0;
  if (good && aim > 0 && isWorse(c.summary.find((r) => r.metric === 'goodputRps')?.status)) {
    const target = nearestTwoDigits(aim);
    const of = good.expected !== null ? `linear scaling (${formatRate(good.expected)})` : 'the baseline';
    const why =
      `${from('goodput (successful req/s)', good, formatRate)}; production bar ≥ ${formatRate(target)}, ` +
      `within ${percentWords(PRODUCTION.goodputShortfall)} of ${of}`;
    out.push({
      criterion: { metric: 'goodputRps', scope: 'aggregate', op: '>=', target },
      why,
      current: good.t,
      baseline: good.b,
    });
  }
  const median = headlineValues(c, 'medianMs');
  if (median && median.b > 0) {
    const why =
      `${from('median', median, formatMs)} (${formatChange(median.t / median.b - 1)}); production bar: ` +
      `at most ${formatChange(PRODUCTION.medianGrowth)} over the baseline run ` +
      `(changes within ${formatMs(PRODUCTION.floorMs)} pass; not judged under ${PRODUCTION.minRequests} requests)`;
    const criterion: Criterion = {
      metric: 'medianMs',
      scope: 'aggregate',
      relative: 'baseline',
      op: '<=',
      target: PRODUCTION.medianGrowth,
      floorMs: PRODUCTION.floorMs,
      minRequests: PRODUCTION.minRequests,
    };
    out.push({ criterion, why, current: median.t, baseline: median.b });
  }
  const p95 = headlineValues(c, 'p95Ms');
  if (p95) {
    const why =
      `${from('p95', p95, formatMs)}; production bar < ${formatMs(PRODUCTION.p95Ms)}` +
      `${either(p95.b < PRODUCTION.p95Ms)}`;
    out.push({
      criterion: { metric: 'p95Ms', scope: 'aggregate', op: '<', target: PRODUCTION.p95Ms },
      why,
      current: p95.t,
      baseline: p95.b,
    });
  }
  return [...out, ...failedEndpoints(c).map((e) => productionEndpoint(c, e))];
}

/** 16.8 -> 17, 16.4 -> 16. */
function nearestTwoDigits(x: number): number {
  const [down, up] = [sigGrid(2)(x, 'down'), sigGrid(2)(x, 'up')];
  return x - down <= up - x ? down : up;
}

/** Endpoints with failures in the target and enough requests there: the significantly worse first, then by failures. */
function failedEndpoints(c: Comparison): EndpointComparison[] {
  const worse = worseEndpoints(c);
  const others = c.endpoints
    .filter(
      (e) =>
        !worse.includes(e) &&
        (e.runs[c.targetIndex]?.failures ?? 0) > 0 &&
        (e.runs[c.targetIndex]?.requests ?? 0) >= MIN_REQUESTS &&
        endpointScope(e) !== null,
    )
    .sort(
      (x, y) =>
        (y.runs[c.targetIndex]?.failures ?? 0) - (x.runs[c.targetIndex]?.failures ?? 0) || byText(key(x), key(y)),
    );
  return [...worse, ...others].slice(0, MAX_ENDPOINT_CRITERIA);
}

function productionEndpoint(c: Comparison, e: EndpointComparison): ProposedCriterion {
  const why =
    `${endpointLabel(e.method, e.name)}: failure rate ${ratePlace(c, e, c.baselineIndex)} → ` +
    `${ratePlace(c, e, c.targetIndex)}; production bar: no failures (at most ${percentWords(PRODUCTION.failureRate)})`;
  const criterion: Criterion = {
    metric: 'failureRate',
    scope: endpointScope(e) as string,
    op: '<=',
    target: PRODUCTION.failureRate,
    minRequests: MIN_REQUESTS,
  };
  return {
    criterion,
    why,
    current: e.runs[c.targetIndex]?.failureRate ?? null,
    baseline: e.runs[c.baselineIndex]?.failureRate ?? null,
  };
}

/** First of each (metric, scope, relative): the order is the proposal order. */
function unique(list: ProposedCriterion[]): ProposedCriterion[] {
  const seen = new Set<string>();
  return list.filter(({ criterion: k }) => {
    const id = `${k.metric}\u0001${k.scope}\u0001${k.relative ?? ''}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** Criteria for a retest after a bad comparison (see the header for the rules); [] when nothing got worse. */
export function proposeRetestCriteria(comparison: Comparison, options: { bar?: RetestBar } = {}): ProposedCriterion[] {
  const between = betweenProposals(comparison);
  if (between.length === 0) return [];
  return unique(options.bar === 'production' ? productionProposals(comparison) : between);
}
