// Long row lists (an attribution of 5,000 endpoints) are revealed in pages rather than all at once:
// a page of rows renders at once, thousands would block the page for seconds.
import { formatCount } from '../../domain/format/format';

/** Rows added by one "Show more". */
export const SHOW_MORE_PAGE = 100;

export interface ShowMoreStep {
  label: string;
  /** How many rows are shown after the click. */
  next: number;
}

/** The next "show more" step from `shown` of `total` rows; null once every row is shown. */
export function showMoreStep(shown: number, total: number, noun: string, page = SHOW_MORE_PAGE): ShowMoreStep | null {
  if (shown >= total) return null;
  if (total - shown <= page) return { label: `Show all ${formatCount(total)} ${noun}`, next: total };
  return {
    label: `Show ${formatCount(page)} more (${formatCount(shown + page)} of ${formatCount(total)} ${noun})`,
    next: shown + page,
  };
}
