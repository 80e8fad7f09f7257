// A project and what its page shows: sets, their evaluation of the runs, sign-offs, the roadmap.
import type { ProjectEvaluation } from '../criteria/project-evaluation';
import type { SignOffRecord, StoredCriteriaSet } from '../criteria/types';
import type { RoadmapView } from './roadmap-view';

export interface ProjectInfo {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
}

export interface ProjectOverview {
  project: ProjectInfo;
  sets: StoredCriteriaSet[];
  evaluation: ProjectEvaluation;
  signOffs: SignOffRecord[];
  roadmap: RoadmapView;
}
