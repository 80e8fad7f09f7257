// How the page names and colours the compared runs (the same colour in every chart and table).
import type { Comparison } from '../analysis/types';

/** Label, else "N users", else "Run N" (as the Markdown report names them). */
export function runName(run: Comparison['runs'][number] | undefined, index: number): string {
  return run?.label ?? (run?.userCount != null ? `${run.userCount} users` : `Run ${index + 1}`);
}

export function runNames(c: Pick<Comparison, 'runs'>): string[] {
  return c.runs.map((r, i) => runName(r, i));
}

/** Distinct on white and on the dark theme's cards, distinguishable in pairs; the baseline keeps slate so it
 *  reads as "reference". CSS variables of app/theme-palette.css (light and dark values). */
const PALETTE = Array.from({ length: 14 }, (_, i) => `var(--chart-run-${i + 1})`);
export const BASELINE_COLOR = 'var(--chart-run-baseline)';

/** Colour of each run: slate for the baseline, the palette in order for the others. */
export function runColors(runCount: number, baseline: number): string[] {
  let next = 0;
  return Array.from({ length: runCount }, (_, i) =>
    i === baseline ? BASELINE_COLOR : (PALETTE[next++ % PALETTE.length] as string),
  );
}

/** Data keys for charts: no dots or odd characters (Recharts reads "a.b" as a path). */
export const runKey = (index: number) => `r${index}`;
