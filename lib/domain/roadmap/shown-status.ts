// What the checklist shows of an item — the same on the page (lib/view/roadmap/item-display.ts) and in
// the Markdown export (markdown-export.ts): the status people set, unless the latest judged run verifies
// the item: then "verified", and the status follows the runs. The checkbox is ticked for done and
// verified. Pure.
import type { ItemStatus, ItemVerification } from './types';

export interface ShownStatus {
  status: ItemStatus;
  /** Ticked: done or verified (by people, or by a run). */
  checked: boolean;
  /** Verified by the latest judged run: status and checkbox follow the runs, not people. */
  byRun: boolean;
}

export function isTicked(status: ItemStatus): boolean {
  return status === 'done' || status === 'verified';
}

export function shownStatus(status: ItemStatus, v: ItemVerification | undefined): ShownStatus {
  const byRun = v?.state === 'verified' && v.verifiedBy !== null;
  const shown = byRun ? 'verified' : status;
  return { status: shown, checked: isTicked(shown), byRun };
}
