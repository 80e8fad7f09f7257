// The median baseline rule (issue 19, `rule:NAME` of kind median): of the last N runs before the target in the
// target's era, the real run whose aggregate P95 is the median, so a comparison is always against a run that
// happened. A run's P95 is its steady-state P95 where it has one, else its whole-run P95; runs with neither are
// passed over. N odd: the middle run; N even: the lower of the two middle ones (never an average). Equal P95s:
// the newer run first. Pure.
import { assignEras, ERA_RULES, type Era, type EraRule, type EraSubject } from './eras';

/** A run of the target's part (same user count, history branch), oldest first. */
export interface MedianCandidate extends EraSubject {
  label: string;
  /** ms; null: not known. */
  p95Ms: number | null;
  steadyP95Ms: number | null;
}

export interface MedianPick {
  runId: string;
  label: string;
  /** The P95 ranked, ms, and whether it is the steady state's. */
  p95Ms: number;
  steady: boolean;
  /** The runs ranked, oldest first. */
  considered: { runId: string; label: string; p95Ms: number; steady: boolean }[];
  era: Era;
  /** The label of the era's first run. */
  eraStartLabel: string;
}

export type MedianChoice = { kind: 'picked'; pick: MedianPick } | { kind: 'none'; era: Era; passedOver: number };

/** `before`: the part's runs before the target, oldest first; `target` last (it may start an era of its own). */
export function chooseMedianRun(
  before: readonly MedianCandidate[],
  target: EraSubject,
  lastN: number,
  rules: readonly EraRule[] = ERA_RULES,
): MedianChoice {
  const { eras, eraOf } = assignEras([...before, target], rules);
  const era = eras[eraOf[before.length]! - 1]!;
  const inEra = before.filter((_, i) => eraOf[i] === era.id);
  const ranked = inEra
    .map((r, position) => ({ r, position, value: r.steadyP95Ms ?? r.p95Ms, steady: r.steadyP95Ms !== null }))
    .filter((x): x is typeof x & { value: number } => x.value !== null && Number.isFinite(x.value))
    .slice(-lastN);
  if (ranked.length === 0) return { kind: 'none', era, passedOver: inEra.length };
  const order = [...ranked].sort((a, b) => a.value - b.value || b.position - a.position);
  const middle = order[Math.floor((order.length - 1) / 2)]!;
  return {
    kind: 'picked',
    pick: {
      runId: middle.r.runId,
      label: middle.r.label,
      p95Ms: middle.value,
      steady: middle.steady,
      considered: ranked.map((x) => ({ runId: x.r.runId, label: x.r.label, p95Ms: x.value, steady: x.steady })),
      era,
      eraStartLabel: before.find((r) => r.runId === era.startRunId)?.label ?? era.startRunId,
    },
  };
}

const ms = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** "run “n41” has the median P95 (1,210 ms, steady state) of the 5 runs before run “n46” in its era (era 2, from
 *  run “n38”: users 100 → 150): 1,180, 1,195, 1,210, 1,250, 1,300 ms". */
export function medianReason(pick: MedianPick, targetLabel: string, lastN: number): string {
  const n = pick.considered.length;
  const lower = n % 2 === 0 ? 'lower ' : '';
  const steady = pick.steady ? ', steady state' : '';
  const era = pick.era.id === 1 ? 'era 1' : `era ${pick.era.id}, from run “${pick.eraStartLabel}”: ${pick.era.reason}`;
  const runs = n === 1 ? 'the one run' : `the ${n} runs`;
  const fewer = n < lastN ? ` (${lastN} asked for; the era has no more with a P95)` : '';
  const values = pick.considered.map((c) => c.p95Ms).sort((a, b) => a - b);
  return (
    `run “${pick.label}” has the ${lower}median P95 (${ms(pick.p95Ms)} ms${steady}) of ${runs} before run ` +
    `“${targetLabel}” in its era (${era})${fewer}: ${values.map(ms).join(', ')} ms`
  );
}

/** A run's place in its history: its start time (ISO-8601 as read; legacy text without a zone is read as local
 *  time), else its upload time; then the upload time, then the id. */
export interface HistoryPlace {
  runId: string;
  startTime: string | null;
  /** Upload time, ms since the epoch. */
  createdAtMs: number;
}

const timeMs = (p: HistoryPlace) => {
  const t = p.startTime === null ? NaN : Date.parse(p.startTime);
  return Number.isFinite(t) ? t : p.createdAtMs;
};

/** The runs that come before `target` in history order, oldest first. */
export function beforeInHistory<T extends HistoryPlace>(runs: readonly T[], target: HistoryPlace): T[] {
  const key = (p: HistoryPlace) => [timeMs(p), p.createdAtMs] as const;
  const compare = (a: HistoryPlace, b: HistoryPlace) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
  };
  return runs.filter((r) => r.runId !== target.runId && compare(r, target) < 0).sort(compare);
}
