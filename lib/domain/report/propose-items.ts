// "Plan a retest": roadmap items proposed from a comparison's findings, each linked to the criterion
// that verifies it (the 'between' bar's, so the same target as proposeRetestCriteria). Pure.
// Findings: the success rate dropped (warning/critical); an endpoint's failure rate rose
// significantly; p95 or the median got slower (warning/critical); goodput (successful requests per
// second) saturated at the target's load (the target is the run with more users). improved, ok and
// inconclusive statuses are not findings.
// Priorities: success rate critical when its status is, else high; an endpoint critical when its
// failure rate reached CRITICAL_FAILURE_RATE or it explains CRITICAL_SHARE of the change in the
// failure count, else high; latency high when critical, else medium; saturation high.
// Order: by priority, then success rate, endpoints, p95, median, saturation. Fractions 0..1, ms.
import { formatPoints, formatPValue, formatFactor, endpointLabel, METRIC_LABELS } from './metric-format';
import { formatChange, formatMs, formatPercent, formatRate } from '../format/format';
import type { Comparison, EndpointComparison } from '../analysis/types';
import { PRIORITIES, type Priority, type RoadmapItemDraft } from '../roadmap/types';
import { endpointProposal, headlineProposal, isWorse, percentWords, placeOf, worseEndpoints } from './propose';
import type { Criterion } from '../criteria/types';

export interface ProposedItem {
  item: RoadmapItemDraft;
  /** The criterion a later run must meet for the item to count as verified. */
  criterion: Criterion;
  /** Stable key of the finding: success-rate, endpoint-failures:METHOD NAME, latency:p95Ms, latency:medianMs,
   *  saturation. */
  finding: string;
}

export const CRITICAL_FAILURE_RATE = 0.2;
export const CRITICAL_SHARE = 0.3;

const draft = (priority: Priority, title: string, problem: string, expectedImpact: string): RoadmapItemDraft => ({
  priority,
  title,
  problem,
  expectedImpact,
  owner: null,
  status: 'todo',
  notes: null,
});

const rowOf = (c: Comparison, metric: string) => c.summary.find((r) => r.metric === metric) ?? null;
const span = (c: Comparison) => [placeOf(c, c.baselineIndex), placeOf(c, c.targetIndex)] as const;

function successItem(c: Comparison): ProposedItem[] {
  const row = rowOf(c, 'successRate');
  const p = row && isWorse(row.status) ? headlineProposal(c, 'successRate') : null;
  if (!row || !p) return [];
  const [from, to] = span(c);
  const target = percentWords(p.criterion.target);
  const test = row.pValue === null ? '' : `, ${formatPValue(row.pValue)}`;
  const problem =
    `Success rate ${formatPercent(p.baseline)} ${from} → ${formatPercent(p.current)} ${to} ` +
    `(${formatPoints(row.change)}${test})`;
  const priority = row.status === 'critical' ? 'critical' : 'high';
  return [
    {
      item: draft(
        priority,
        `Bring the success rate back to at least ${target}`,
        problem,
        `Success rate at least ${target}`,
      ),
      criterion: p.criterion,
      finding: 'success-rate',
    },
  ];
}

function endpointItem(c: Comparison, e: EndpointComparison): ProposedItem[] {
  const p = endpointProposal(c, e);
  if (!p) return [];
  const label = endpointLabel(e.method, e.name);
  const share = c.failureAttribution.endpoints.find((a) => a.method === e.method && a.name === e.name)?.share ?? null;
  const priority = (p.current ?? 0) >= CRITICAL_FAILURE_RATE || (share ?? 0) >= CRITICAL_SHARE ? 'critical' : 'high';
  const [from, to] = span(c);
  const test = e.failurePValue === null ? '' : ` (${formatPValue(e.failurePValue)})`;
  const problem = `Failure rate ${formatPercent(p.baseline, 1)} ${from} → ${formatPercent(p.current, 1)} ${to}${test}`;
  const item = draft(
    priority,
    `Fix failures on ${label}`,
    problem,
    `Failure rate below ${percentWords(p.criterion.target)}`,
  );
  return [{ item, criterion: p.criterion, finding: `endpoint-failures:${label}` }];
}

function latencyItem(c: Comparison, metric: 'p95Ms' | 'medianMs'): ProposedItem[] {
  const row = rowOf(c, metric);
  const p = row && isWorse(row.status) ? headlineProposal(c, metric) : null;
  if (!row || !p) return [];
  const [from, to] = span(c);
  const target = formatMs(p.criterion.target);
  const title = `Bring ${metric === 'p95Ms' ? 'p95' : 'the median'} back under ${target}`;
  const problem =
    `${METRIC_LABELS[metric]} ${formatMs(p.baseline)} ${from} → ${formatMs(p.current)} ${to} ` +
    `(${formatChange(row.change)})`;
  const priority = row.status === 'critical' ? 'high' : 'medium';
  return [
    {
      item: draft(priority, title, problem, `${METRIC_LABELS[metric]} below ${target}`),
      criterion: p.criterion,
      finding: `latency:${metric}`,
    },
  ];
}

function saturationItem(c: Comparison): ProposedItem[] {
  const s = c.scaling;
  const users = [c.runs[c.baselineIndex]?.userCount ?? null, c.runs[c.targetIndex]?.userCount ?? null];
  // headlineProposal gives null unless the target is the larger load (the shortfall is measured there).
  const p = s?.verdict === 'saturated' ? headlineProposal(c, 'goodputRps') : null;
  if (
    !s ||
    !p ||
    p.baseline === null ||
    p.current === null ||
    s.expectedGoodputRps === null ||
    s.goodputGap === null ||
    users[0] == null ||
    users[1] == null
  )
    return [];
  const [from, to] = span(c);
  const title =
    `Throughput saturated: ${formatFactor(p.current / p.baseline)} successful req/s for ` +
    `${formatFactor(users[1] / users[0])} users`;
  const problem =
    `Successful requests ${formatRate(p.current)} ${to} against ${formatRate(s.expectedGoodputRps)} if they scaled ` +
    `linearly from ${formatRate(p.baseline)} ${from} (${formatChange(s.goodputGap)})`;
  const impact = `Successful requests at least ${formatRate(p.criterion.target)} ${to}`;
  return [{ item: draft('high', title, problem, impact), criterion: p.criterion, finding: 'saturation' }];
}

/** Roadmap items for the comparison's findings, each with its linked criterion; critical first. */
export function proposeRoadmapItems(comparison: Comparison): ProposedItem[] {
  const items = [
    ...successItem(comparison),
    ...worseEndpoints(comparison).flatMap((e) => endpointItem(comparison, e)),
    ...latencyItem(comparison, 'p95Ms'),
    ...latencyItem(comparison, 'medianMs'),
    ...saturationItem(comparison),
  ];
  // Array.prototype.sort is stable: within a priority the order above holds.
  return items.sort((a, b) => PRIORITIES.indexOf(a.item.priority) - PRIORITIES.indexOf(b.item.priority));
}
