// Roadmap checklists: phases of fixes to try, each item optionally linked to success criteria that
// runs verify. Pure types shared by the domain, the store and the UI.
import type { Criterion, CriterionResult } from '../criteria/types';

export const ITEM_STATUSES = ['todo', 'in_progress', 'done', 'verified'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface RoadmapItem {
  id: string;
  priority: Priority;
  title: string;
  problem: string | null;
  expectedImpact: string | null;
  owner: string | null;
  /** What people set. Verification by runs is computed (ItemVerification), never stored. */
  status: ItemStatus;
  notes: string | null;
  /** Ids of linked criteria (lib/domain/criteria), in any set of the project. */
  criterionIds: string[];
  /** ISO-8601. Verification does not depend on it: any run of the project can verify the item. */
  createdAt: string;
}

export interface RoadmapPhase {
  id: string;
  title: string;
  notes: string | null;
  items: RoadmapItem[];
}

export interface Roadmap {
  phases: RoadmapPhase[];
}

/** A phase or item as written in (or read from) a Markdown task list: no ids, no links. */
export interface RoadmapDraft {
  phases: { title: string; notes: string | null; items: RoadmapItemDraft[] }[];
}

export interface RoadmapItemDraft {
  priority: Priority;
  title: string;
  problem: string | null;
  expectedImpact: string | null;
  owner: string | null;
  status: ItemStatus;
  notes: string | null;
}

/** A stored criterion with its id and the set it belongs to. */
export interface LinkedCriterion extends Criterion {
  id: string;
  setId: string;
  setName: string;
}

export type VerificationState =
  /** No criteria linked: only the status people set counts. */
  | 'unlinked'
  /** No run of the project is judged on every linked criterion yet (none uploaded, out of the sets'
   *  scope, or too few requests). */
  | 'awaiting-run'
  /** The latest judged run (in test order, lib/domain/roadmap/run-order.ts) meets every linked criterion. */
  | 'verified'
  /** A judged run met them all, but the latest one breaks at least one again. */
  | 'regressed'
  /** No judged run has met them all yet. */
  | 'not-met';

export interface ItemVerification {
  state: VerificationState;
  /** The latest judged run that met every linked criterion (for "verified by run X"). */
  verifiedBy: { runId: string; label: string } | null;
  /** The judged run right after verifiedBy, when the latest breaks a criterion after verifiedBy met them all. */
  brokenBy: { runId: string; label: string } | null;
  /** The latest judged run (null when there is none). */
  latestRun: { runId: string; label: string } | null;
  /** The linked criteria evaluated on the latest judged run, in criterionIds order (empty when there is none). */
  latest: (CriterionResult & { criterionId: string })[];
}

/** "Check against run X": each linked criterion on one chosen run, changing nothing. */
export interface ItemRunCheck {
  itemId: string;
  run: { runId: string; label: string; startTime: string | null };
  /** In the item's criterionIds order; criteria of sets that do not apply to the run say why. */
  criteria: ({ criterionId: string; setName: string } & (
    { result: CriterionResult; outOfScope: null } | { result: null; outOfScope: string }
  ))[];
  /** What the run says on its own: verifies (judged on every criterion, all met), fails, or cannot tell. */
  outcome: 'meets-all' | 'fails' | 'not-judged';
}
