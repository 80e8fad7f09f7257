// The endpoint-groups table: each group's requests, failure rate, exact average and its "max endpoint
// P95" (an upper bound of the group's P95, never the P95 itself) per run, and the target's changes.
import type { GroupComparison, GroupRunFigures } from '../../domain/analysis/endpoint-groups';
import type { Comparison } from '../../domain/analysis/types';
import { formatChange, formatCount, formatMs, NONE } from '../../domain/format/format';
import { ALPHA, formatFailureRate, formatPoints, formatPValue } from '../../domain/report/metric-format';

export interface GroupCell {
  requests: string;
  failureRate: string;
  /** Failures in the run, for the failure-rate cell's second line ("2 / 87"). */
  failures: string;
  failing: boolean;
  avg: string;
  maxEndpointP95: string;
}

export interface GroupRow {
  name: string;
  source: 'user' | 'auto';
  /** Endpoints in the group (the most in any run). */
  endpoints: number;
  /** One cell per run; null where no endpoint of the group ran. */
  cells: (GroupCell | null)[];
  /** Target vs baseline. */
  changes: { requests: string; failureRate: string; avg: string; maxEndpointP95: string };
  /** Tones of the target's changes: slower / more failures = worse. */
  worse: { failureRate: boolean; avg: boolean; maxEndpointP95: boolean };
  /** "p = 0.33", "p < 0.001", or null when the failure rates cannot be tested. */
  pValue: string | null;
  significant: boolean;
}

const cellOf = (f: GroupRunFigures | null): GroupCell | null =>
  f && {
    requests: formatCount(f.requests),
    failureRate: formatFailureRate(f.failureRate),
    failures: `${formatCount(f.failures)} / ${formatCount(f.requests)}`,
    failing: f.failures > 0,
    avg: formatMs(f.avgMs),
    maxEndpointP95: formatMs(f.maxEndpointP95Ms),
  };

/** Changes above +20% on a latency, or any rise of the failure rate with failures, read as worse. */
const WORSE_LATENCY = 0.2;

/** Groups present in the baseline or the target; user groups first, then the most requests in the target. */
export function groupRows(c: Pick<Comparison, 'groups' | 'baselineIndex' | 'targetIndex'>): GroupRow[] {
  const { baselineIndex: b, targetIndex: t } = c;
  const requests = (g: GroupComparison) => g.runs[t]?.requests ?? g.runs[b]?.requests ?? 0;
  return c.groups
    .filter((g) => g.runs[b] || g.runs[t])
    .sort((x, y) => Number(y.source === 'user') - Number(x.source === 'user') || requests(y) - requests(x))
    .map((g) => {
      const p = g.failurePValue;
      const rateUp = g.failureRateChange !== null && g.failureRateChange > 0;
      return {
        name: g.name,
        source: g.source,
        endpoints: Math.max(...g.runs.map((r) => r?.endpoints ?? 0)),
        cells: g.runs.map(cellOf),
        changes: {
          requests: formatChange(g.requestsChange),
          failureRate: g.failureRateChange === null ? NONE : formatPoints(g.failureRateChange),
          avg: formatChange(g.avgChange),
          maxEndpointP95: formatChange(g.maxEndpointP95Change),
        },
        worse: {
          failureRate: rateUp,
          avg: (g.avgChange ?? 0) > WORSE_LATENCY,
          maxEndpointP95: (g.maxEndpointP95Change ?? 0) > WORSE_LATENCY,
        },
        pValue: p === null ? null : formatPValue(p),
        significant: p !== null && p < ALPHA && rateUp,
      };
    });
}
