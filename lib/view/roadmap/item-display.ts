// How an item shows in the checklist: what people set (status) combined with what runs say
// (verification). An item verified by a run shows ticked and locked, with the run that verified it —
// the same status and checkbox the Markdown export writes (lib/domain/roadmap/shown-status.ts).
import { isTicked, shownStatus } from '../../domain/roadmap/shown-status';
import type { ItemStatus, ItemVerification, RoadmapItem } from '../../domain/roadmap/types';

export { isTicked };

export interface RunLink {
  runId: string;
  label: string;
  href: string;
}

export type VerificationBadge =
  | { kind: 'verified'; tone: 'ok'; text: string; by: RunLink }
  | { kind: 'regressed'; tone: 'bad'; text: string; brokenBy: RunLink; verifiedBy: RunLink }
  | { kind: 'not-met'; tone: 'warn'; text: string }
  | { kind: 'awaiting-run'; tone: 'neutral'; text: string };

export interface ItemDisplay {
  /** The checkbox: done or verified, by people or by a run. */
  checked: boolean;
  /** Verified by the latest judged run: the checkbox and status follow the runs. */
  lockedByRun: boolean;
  /** The status the select shows. */
  status: ItemStatus;
  /** Nothing for items without linked criteria. */
  badge: VerificationBadge | null;
}

/** runId -> label of the runs the page knows (their current labels win over the ones verification carries). */
export type RunLabels = Readonly<Record<string, string>>;

export const runHref = (runId: string) => `/runs/${encodeURIComponent(runId)}`;

function link(ref: { runId: string; label: string }, labels: RunLabels): RunLink {
  return { runId: ref.runId, label: labels[ref.runId] ?? ref.label, href: runHref(ref.runId) };
}

export function verificationBadge(v: ItemVerification | undefined, labels: RunLabels = {}): VerificationBadge | null {
  if (!v) return null;
  switch (v.state) {
    case 'unlinked':
      return null;
    case 'awaiting-run':
      return { kind: 'awaiting-run', tone: 'neutral', text: 'Awaiting a run' };
    case 'verified': {
      if (!v.verifiedBy) return { kind: 'not-met', tone: 'warn', text: 'Not met yet' };
      const by = link(v.verifiedBy, labels);
      return { kind: 'verified', tone: 'ok', text: `Verified by ${by.label}`, by };
    }
    case 'regressed': {
      if (!v.verifiedBy || !v.brokenBy) return { kind: 'not-met', tone: 'warn', text: 'Not met yet' };
      const verifiedBy = link(v.verifiedBy, labels);
      const brokenBy = link(v.brokenBy, labels);
      return {
        kind: 'regressed',
        tone: 'bad',
        text: `Broken again by ${brokenBy.label} (verified by ${verifiedBy.label} before)`,
        brokenBy,
        verifiedBy,
      };
    }
    case 'not-met':
      return { kind: 'not-met', tone: 'warn', text: 'Not met yet' };
  }
}

export function itemDisplay(
  item: Pick<RoadmapItem, 'status'>,
  v: ItemVerification | undefined,
  labels: RunLabels = {},
): ItemDisplay {
  const shown = shownStatus(item.status, v);
  const badge = verificationBadge(v, labels);
  return { checked: shown.checked, lockedByRun: shown.byRun, status: shown.status, badge };
}

/** Ticking sets done; unticking sets todo. */
export function statusAfterTick(checked: boolean): ItemStatus {
  return checked ? 'done' : 'todo';
}
