// The scaling section: expected throughput if it grew in proportion to users (from the baseline)
// against the actual, for every run with a user count; and the target's verdict in words.
import type { Comparison, Scaling } from '../analysis/types';
import { formatChange, formatRate } from '../format/format';
import { runNames } from './runs';

export interface ScalingBar {
  run: number;
  name: string;
  users: number | null;
  /** Baseline req/s × users / baseline users; null without user counts. */
  expected: number | null;
  actual: number | null;
  role: 'baseline' | 'target' | 'other';
}

/** Bars in run order; null when the baseline lacks a user count or throughput (nothing to scale from). */
export function scalingBars(c: Comparison): ScalingBar[] | null {
  const rps = c.summary.find((r) => r.metric === 'rps')?.values ?? [];
  const base = c.runs[c.baselineIndex];
  const baseRps = rps[c.baselineIndex] ?? null;
  if (!base?.userCount || baseRps === null) return null;
  if (c.runs.every((r) => r.userCount === base.userCount)) return null;
  const names = runNames(c);
  return c.runs.map((r, i) => ({
    run: i,
    name: names[i] as string,
    users: r.userCount,
    expected: r.userCount === null ? null : (baseRps * r.userCount) / base.userCount!,
    actual: rps[i] ?? null,
    role: i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other',
  }));
}

/** "Linear scaling would give 18.67/s; actual 13.04/s (−30%)." */
export function scalingSentence(s: Scaling): string {
  if (s.expectedRps === null || s.actualRps === null) return `${s.reason}.`;
  return `${s.reason}. Linear scaling would give ${formatRate(s.expectedRps)}; actual ${formatRate(s.actualRps)} (${formatChange(s.gap)} against linear).`;
}

export const VERDICT_WORDS: Record<Scaling['verdict'], string> = {
  linear: 'Scales linearly: throughput grew with the users (gap ≥ −10%).',
  sublinear: 'Sublinear: throughput grew, but 10–30% less than the users.',
  saturated: 'Saturated: throughput grew more than 30% less than the users — the system is at its limit.',
  unknown: 'Unknown: a run has no throughput.',
};
