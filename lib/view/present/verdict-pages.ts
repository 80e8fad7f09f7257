// "Verdicts over time" on slides: the project page's matrix (a row per criteria set, a row per criterion
// under it; a column per run) cut to what one slide holds at 1920×1080 (type ~26 px, deck.tsx): the latest
// runs as columns, and the rows over as many slides as they need, a set's row repeated above its criteria
// when they continue on the next slide. Pure.
import type { VerdictMatrix } from '../criteria/verdict-matrix';
import { paginate } from './pagination';

/** Run columns beside the criterion column at 1920 px: a CONDITIONAL badge and its padding take ~190 px. */
export const VERDICT_RUNS_PER_SLIDE = 6;
/** Rows under the run header (a set's row or one criterion's), as CRITERIA_PER_SLIDE: ~60 px each, a set's
 *  ~100 px with its scope line, in the ~690 px left below the latest verdicts. */
export const VERDICT_ROWS_PER_SLIDE = 8;

/** A set on one slide: its id and the indices of its criteria shown there (its own row always is). */
export interface MatrixPageSet {
  setId: string;
  criteria: number[];
}

/** The run columns shown: runs[start, end) of `runCount` (oldest first), the latest `max` of them. */
export function verdictRunsShown(runCount: number, max = VERDICT_RUNS_PER_SLIDE): { start: number; end: number } {
  return { start: Math.max(0, runCount - Math.max(1, max)), end: runCount };
}

/**
 * The sets' rows in slides of at most `perSlide` rows (a set's row counts one, each criterion one), in set
 * order. A set that fits the rest of a slide goes there, else it starts the next one; a set longer than a
 * slide spans several, its criteria split as evenly as the criteria slides' (paginate), its row on each.
 * Every criterion is on exactly one slide.
 */
export function verdictRowPages(
  sets: readonly { id: string; criteria: number }[],
  perSlide = VERDICT_ROWS_PER_SLIDE,
): MatrixPageSet[][] {
  const size = Math.max(2, perSlide);
  const pages: MatrixPageSet[][] = [];
  let page: MatrixPageSet[] = [];
  let used = 0;
  for (const set of sets) {
    const rows = Array.from({ length: set.criteria }, (_, i) => i);
    const parts = rows.length + 1 <= size ? [rows] : paginate(rows, size - 1);
    for (const criteria of parts) {
      if (used > 0 && used + 1 + criteria.length > size) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push({ setId: set.id, criteria });
      used += 1 + criteria.length;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The part of `matrix` one slide shows: the run columns from `firstRun` on, the rows of `sets` (a set whose
 *  first criteria are on an earlier slide is named "… (continued)"). */
export function matrixSlice(matrix: VerdictMatrix, sets: readonly MatrixPageSet[], firstRun: number): VerdictMatrix {
  const cut = <T>(cells: readonly T[]) => cells.slice(firstRun);
  const rows = sets.flatMap(({ setId, criteria }) => {
    const row = matrix.rows.find((r) => r.setId === setId);
    if (!row) return [];
    return [
      {
        ...row,
        name: (criteria[0] ?? 0) > 0 ? `${row.name} (continued)` : row.name,
        verdicts: cut(row.verdicts),
        ...(row.outOfScope ? { outOfScope: cut(row.outOfScope) } : {}),
        criteria: criteria.flatMap((i) => {
          const c = row.criteria[i];
          return c ? [{ ...c, cells: cut(c.cells) }] : [];
        }),
      },
    ];
  });
  return { columns: cut(matrix.columns), rows };
}
