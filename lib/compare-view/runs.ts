// How the page names and colours the compared runs (the same colour in every chart and table).
import type { Comparison } from '../analysis/types';

/** Label, else "N users", else "Run N" (as the Markdown report names them). */
export function runName(run: Comparison['runs'][number] | undefined, index: number): string {
  return run?.label ?? (run?.userCount != null ? `${run.userCount} users` : `Run ${index + 1}`);
}

export function runNames(c: Pick<Comparison, 'runs'>): string[] {
  return c.runs.map((r, i) => runName(r, i));
}

/** Distinct on white, distinguishable in pairs; the baseline keeps slate so it reads as "reference". */
const PALETTE = ['#1f57cc', '#d97706', '#0f766e', '#be123c', '#7c3aed', '#0891b2', '#65a30d', '#c026d3', '#a16207', '#4f46e5', '#ea580c', '#0d9488', '#9f1239', '#2563eb'];
export const BASELINE_COLOR = '#475569';

/** Colour of each run: slate for the baseline, the palette in order for the others. */
export function runColors(runCount: number, baseline: number): string[] {
  let next = 0;
  return Array.from({ length: runCount }, (_, i) => (i === baseline ? BASELINE_COLOR : (PALETTE[next++ % PALETTE.length] as string)));
}

/** Data keys for charts: no dots or odd characters (Recharts reads "a.b" as a path). */
export const runKey = (index: number) => `r${index}`;
