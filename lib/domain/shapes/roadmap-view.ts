// A project's roadmap with each item's verification by the project's runs, as pages and decks show it.
import type { ItemVerification, LinkedCriterion, Roadmap } from '../roadmap/types';

export interface RoadmapView {
  projectId: string;
  roadmap: Roadmap;
  /** itemId -> verification by the project's runs (lib/domain/roadmap/verify.ts). */
  verification: Record<string, ItemVerification>;
  /** criterionId -> the linked criterion with its set (only criteria some item links to). */
  criteria: Record<string, LinkedCriterion>;
  /** Runs of the project without a readable start time: they count at their upload time. */
  runsWithoutStartTime?: number;
}
