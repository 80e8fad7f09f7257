// Latency ceilings on the compare page (lib/domain/analysis/latency-ceiling.ts finds them): a latency at a
// run's ceiling is a lower bound ("≥ 9,000 ms"), and the page says once near the headline table
// "responses capped at ~9 s: likely a timeout". Pure.
import { AT_CEILING } from '../analysis/latency-ceiling';
import type { Comparison, SummaryMetric, SummaryRow } from '../analysis/types';
import { runNames } from './runs';

const LATENCY = new Set<SummaryMetric>(['medianMs', 'p75Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs']);

/** A ceiling in words, to two significant digits: 9,004 ms -> "~9 s", 2,480 -> "~2.5 s", 800 -> "~800 ms". */
export function ceilingText(ms: number): string {
  if (ms < 1000) return `~${Number(ms.toPrecision(2))} ms`;
  return `~${Number((ms / 1000).toPrecision(2)).toLocaleString('en-US')} s`;
}

/**
 * Per run: is this row's value a lower bound (the run's responses stop at a ceiling)? Baseline and
 * target as the analysis judged them (`atCeiling`); other runs by the same rule (within 5% below).
 */
export function lowerBounds(
  c: Pick<Comparison, 'baselineIndex' | 'targetIndex' | 'latencyCeilingsMs'>,
  row: SummaryRow,
): boolean[] {
  return row.values.map((v, i) => {
    if (!LATENCY.has(row.metric) || v === null) return false;
    if (i === c.baselineIndex && row.atCeiling) return row.atCeiling.baseline;
    if (i === c.targetIndex && row.atCeiling) return row.atCeiling.target;
    const ceiling = c.latencyCeilingsMs?.[i] ?? null;
    return ceiling !== null && v >= AT_CEILING * ceiling;
  });
}

/** "≥ 9,000 ms" for a lower bound, else the value as formatted. */
export function boundText(text: string, lowerBound: boolean): string {
  return lowerBound && !text.startsWith('≥') ? `≥ ${text}` : text;
}

const BOUNDS = 'Its latencies at the cap are lower bounds (≥).';

/** One sentence per run with a ceiling: "40 users: responses capped at ~9 s: likely a timeout." */
export function ceilingNotes(c: Pick<Comparison, 'runs' | 'latencyCeilingsMs'>): string[] {
  const names = runNames(c);
  return (c.latencyCeilingsMs ?? []).flatMap((ms, i) =>
    ms === null ? [] : [`${names[i]}: responses capped at ${ceilingText(ms)}: likely a timeout. ${BOUNDS}`],
  );
}
