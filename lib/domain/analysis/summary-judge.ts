// The status of one headline row (README "Statuses"): worse beyond a threshold is warning/critical
// only when the data can show it; better beyond the warning threshold is `improved`; a change large
// enough to matter that the data cannot confirm is `inconclusive`. Pure.
import { AT_CEILING } from './latency-ceiling';
import type { EndpointStats } from '../locust/types';
import { formatCount } from '../format/format';
import { pText } from './significance';
import type { Thresholds } from './thresholds';
import type { LatencyLimits, Scaling, Status, SummaryMetric, SummaryRow } from './types';

export interface JudgeContext {
  t: Thresholds;
  base: EndpointStats;
  last: EndpointStats;
  /** Failure-rate test of the aggregate (two-proportion or Fisher); null when untestable. */
  pValue: number | null;
  /** Same or unknown user counts: throughput is compared directly. */
  sameLoad: boolean;
  /** The target has more users than the baseline: linear expectations are about the target. */
  targetIsLarger: boolean;
  scaling: Scaling | null;
  /** [baseline, target] latency ceilings in ms. */
  ceilingMs: [number | null, number | null];
  latencyLimits: LatencyLimits;
}

type Judged = Pick<SummaryRow, 'status' | 'reason' | 'pValue'> & Partial<SummaryRow>;

/** Statuses from best to worst: which of two is worse. */
export const STATUS_RANK: Record<Status, number> = { improved: 0, ok: 1, inconclusive: 2, warning: 3, critical: 4 };
export const atLeast = (s: Status, floor: Status): Status => (STATUS_RANK[s] >= STATUS_RANK[floor] ? s : floor);
const worse = (value: number, limits: { warning: number; critical: number }): Status =>
  value >= limits.critical ? 'critical' : value >= limits.warning ? 'warning' : 'ok';
const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const signedPct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;
const allFailed = (s: EndpointStats) => s.requests > 0 && s.failures === s.requests;

export function judgeRow(
  metric: SummaryMetric,
  b: number | null,
  l: number | null,
  change: number | null,
  c: JudgeContext,
): Judged {
  if (b === null || l === null || change === null)
    return { status: 'ok', reason: 'not comparable: a run lacks this figure', pValue: null };
  switch (metric) {
    case 'successRate':
      return successRate(change, c);
    case 'failures':
      return failures(c);
    case 'requests':
      return { status: 'ok', reason: 'depends on test duration; see throughput', pValue: null };
    case 'rps':
    case 'goodputRps':
      return throughput(metric, change, c);
    default:
      return latency(metric, b, l, change, c);
  }
}

function successRate(change: number, c: JudgeContext): Judged {
  const { t, pValue: p } = c;
  const points = `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(2)} points`;
  if (p !== null && p >= t.alpha) {
    const big = Math.abs(change) >= t.successRateDrop.warning;
    return { status: big ? 'inconclusive' : 'ok', reason: `${points}, not significant (${pText(p)})`, pValue: p };
  }
  const sig = p === null ? '' : ` (${pText(p)})`;
  const status =
    change < 0 ? worse(-change, t.successRateDrop) : change >= t.successRateDrop.warning ? 'improved' : 'ok';
  return { status, reason: `${points}${sig}`, pValue: p };
}

/** Judged on the failure RATE, not the count: a count grows with traffic. */
function failures(c: JudgeContext): Judged {
  const { t, base, last, pValue: p } = c;
  if (!(base.requests > 0 && last.requests > 0))
    return { status: 'ok', reason: 'not comparable: a run has no requests', pValue: null };
  const [rb, rl] = [base.failures / base.requests, last.failures / last.requests];
  const rates = `failure rate ${pct(rb, 2)} → ${pct(rl, 2)} of requests`;
  if (rb === rl) return { status: 'ok', reason: `${rates}: unchanged`, pValue: p };
  const growth = rb === 0 ? Infinity : rl / rb - 1;
  const fall = rb === 0 ? 0 : 1 - rl / rb;
  const big = rl > rb ? growth >= t.failuresGrowth.warning : fall >= t.failuresGrowth.warning;
  if (p !== null && p >= t.alpha)
    return { status: big ? 'inconclusive' : 'ok', reason: `${rates}, not significant (${pText(p)})`, pValue: p };
  const sig = p === null ? '' : ` (${pText(p)})`;
  if (rl < rb) return { status: big ? 'improved' : 'ok', reason: `${rates}${sig}`, pValue: p };
  // A large relative growth of a tiny rate is at most a warning until it costs half a point of success rate.
  const level = worse(growth, t.failuresGrowth);
  const small = rl - rb < t.successRateDrop.warning;
  const status = small && level === 'critical' ? 'warning' : level;
  return {
    status,
    reason: `${rates}${sig}${small && level === 'critical' ? `; +${pct(rl - rb, 2)} points only` : ''}`,
    pValue: p,
  };
}

function throughput(metric: 'rps' | 'goodputRps', change: number, c: JudgeContext): Judged {
  const { t, base, last, scaling } = c;
  const failedRun = allFailed(last) ? 'target' : allFailed(base) ? 'baseline' : null;
  if (metric === 'rps' && failedRun)
    return {
      status: 'inconclusive',
      reason: `every request of the ${failedRun} failed: its throughput is of failures`,
      pValue: null,
    };
  if (!c.sameLoad) {
    if (metric === 'rps') {
      const gap = scaling?.gap;
      const vs = gap == null ? '' : `: ${signedPct(gap)} against linear`;
      return {
        status: 'ok',
        reason: `all requests, failed included${vs}; capacity is judged on goodput`,
        pValue: null,
        expected: c.targetIsLarger ? (scaling?.expectedRps ?? null) : null,
      };
    }
    const verdict = scaling?.verdict ?? 'unknown';
    if (!c.targetIsLarger) {
      // The target carries the smaller load: whether the larger load scaled is not the target's change.
      return {
        status: 'ok',
        reason: `the target has fewer users; scaling across the runs: ${verdict} (see Scaling)`,
        pValue: null,
        expected: null,
      };
    }
    const status: Status =
      verdict === 'saturated'
        ? 'critical'
        : verdict === 'sublinear'
          ? 'warning'
          : verdict === 'unknown'
            ? 'inconclusive'
            : 'ok';
    return {
      status,
      reason: `${scaling?.reason ?? 'load changed'}; scaling ${verdict}`,
      pValue: null,
      expected: c.targetIsLarger ? (scaling?.expectedGoodputRps ?? null) : null,
    };
  }
  const what = metric === 'rps' ? 'all requests, failed included' : 'successful requests per second';
  const status = change < 0 ? worse(-change, t.rpsDrop) : change >= t.rpsDrop.warning ? 'improved' : 'ok';
  return { status, reason: `${what}, same load`, pValue: null };
}

function latency(metric: SummaryMetric, b: number, l: number, change: number, c: JudgeContext): Judged {
  const { t, base, last } = c;
  if (allFailed(last) || allFailed(base)) {
    const which = allFailed(last) ? 'target' : 'baseline';
    return {
      status: 'inconclusive',
      reason: `every request of the ${which} failed: these latencies are of failures`,
      pValue: null,
    };
  }
  const limits = metric === 'maxMs' ? t.maxGrowth : t.latencyGrowth;
  const [cb, cl] = c.ceilingMs.map((ceiling, i) => ceiling !== null && (i === 0 ? b : l) >= AT_CEILING * ceiling);
  const ceilingText = (ms: number) => `~${formatCount(Math.round(ms / 100) * 100)} ms`;
  let judged: Judged;
  if (cl && cb) {
    judged = {
      status: 'inconclusive',
      reason:
        `both at the latency ceiling (${ceilingText(c.ceilingMs[1] as number)}): lower bounds, ` +
        'the change is unknown',
      pValue: null,
    };
  } else if (cl) {
    const status = atLeast(worse(change, limits), 'warning');
    judged = {
      status,
      reason:
        `reached the latency ceiling (${ceilingText(c.ceilingMs[1] as number)}, likely a timeout): a lower bound, ` +
        'the real value is higher',
      pValue: null,
    };
  } else if (cb) {
    const status = change <= -limits.warning ? 'improved' : 'inconclusive';
    judged = {
      status,
      reason:
        `the baseline is at its latency ceiling (${ceilingText(c.ceilingMs[0] as number)}): a lower bound, ` +
        'so the change is at least this',
      pValue: null,
    };
  } else if (metric !== 'maxMs' && Math.abs(l - b) < t.latencyFloorMs) {
    judged = { status: 'ok', reason: `within the ${t.latencyFloorMs} ms noise floor`, pValue: null };
  } else {
    const status = change > 0 ? worse(change, limits) : change <= -limits.warning ? 'improved' : 'ok';
    judged = {
      status,
      reason: metric === 'maxMs' ? 'a single request: noisy' : 'bucketed latency (2 significant digits)',
      pValue: null,
    };
  }
  return beyondLimit(
    { ...judged, atCeiling: { baseline: cb as boolean, target: cl as boolean } },
    l,
    c.latencyLimits[metric],
  );
}

/** A latency row whose target (`targetMs`) is beyond a criterion's limit: at least warning, never improved, the limit
 *  named first in its reason and in `beyondCriterion`. Otherwise the row as it is. */
export function beyondLimit<T extends Judged>(row: T, targetMs: number, limit: LatencyLimits[SummaryMetric]): T {
  if (!limit || !(limit.inclusive === false ? targetMs >= limit.limitMs : targetMs > limit.limitMs)) return row;
  const text = `beyond the ${limit.setName} limit of ${formatCount(limit.limitMs)} ms`;
  return {
    ...row,
    status: atLeast(row.status === 'improved' ? 'ok' : row.status, 'warning'),
    reason: `${text}; ${row.reason}`,
    beyondCriterion: text,
  };
}
