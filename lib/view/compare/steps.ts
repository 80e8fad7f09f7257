// The load steps of one stepped run (`/compare?runs=ID&steps=1`): one row per plateau of users with
// exact counts (lower bounds across a stats reset) and windowed latency, and the notes that say so.
import type { LoadStep } from '../../domain/analysis/load-steps';
import type { Comparison } from '../../domain/analysis/types';
import { formatCount, formatDuration, formatMs, formatRate } from '../../domain/format/format';
import { formatFailureRate } from '../../domain/report/metric-format';

export interface StepRow {
  index: number;
  users: string;
  /** "0:09 – 1:09" from the first history row of the run. */
  span: string;
  duration: string;
  requests: string;
  /** A stats reset inside the step: requests and failures are lower bounds. */
  lowerBound: boolean;
  failures: string;
  failureRate: string;
  failing: boolean;
  rps: string;
  p50: string;
  p95: string;
  p99: string;
  /** "~10 s windows (51 rows)" or "cumulative: unknown per step". */
  basis: string;
  windowed: boolean;
  notes: string[];
}

export interface StepsView {
  runId: string | null;
  rows: StepRow[];
  anyLowerBound: boolean;
  /** Every step's latency comes from window values (else some are unknown). */
  allWindowed: boolean;
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

export function stepRows(steps: readonly LoadStep[]): StepRow[] {
  const t0 = steps[0]?.startS ?? 0;
  return steps.map((s) => {
    const lowerBound = !s.countsExact && s.requests !== null;
    const windowed = s.latencyBasis === 'current-window';
    return {
      index: s.index,
      users: formatCount(s.users),
      span: `${clock(s.startS - t0)} – ${clock(s.endS - t0)}`,
      duration: formatDuration(s.durationS),
      requests: `${lowerBound ? '≥ ' : ''}${formatCount(s.requests)}`,
      lowerBound,
      failures: `${lowerBound ? '≥ ' : ''}${formatCount(s.failures)}`,
      failureRate: formatFailureRate(s.failureRate),
      failing: (s.failures ?? 0) > 0,
      rps: `${lowerBound ? '≥ ' : ''}${formatRate(s.rps)}`,
      p50: formatMs(s.p50Ms),
      p95: formatMs(s.p95Ms),
      p99: formatMs(s.p99Ms),
      basis: windowed ? `~10 s windows (${formatCount(s.latencyRows)} rows)` : 'cumulative: unknown per step',
      windowed,
      notes: s.notes,
    };
  });
}

/** null unless the comparison is of one run's load steps. */
export function stepsView(c: Pick<Comparison, 'steps'>): StepsView | null {
  if (!c.steps || c.steps.steps.length === 0) return null;
  const rows = stepRows(c.steps.steps);
  return {
    runId: c.steps.runId,
    rows,
    anyLowerBound: rows.some((r) => r.lowerBound),
    allWindowed: rows.every((r) => r.windowed),
  };
}
