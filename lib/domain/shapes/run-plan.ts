// What a run's project says of it: criteria verdicts, sets out of scope, the roadmap.
import type { StoredCriteriaSet, Verdict } from '../criteria/types';
import type { RoadmapView } from './roadmap-view';

/** What the compare page and report show of a run's project: each set's verdict on the run, and the roadmap. */
export interface RunPlanContext {
  project: { id: string; name: string };
  /** The sets that judge the run (appliesTo), with their verdicts. */
  verdicts: { set: StoredCriteriaSet; verdict: Verdict }[];
  /** The sets that do not apply to the run, with why ("… applies to 100-user runs; this run has 50 users"). */
  outOfScope?: { set: StoredCriteriaSet; reason: string }[];
  roadmap: RoadmapView;
}
