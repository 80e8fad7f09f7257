// A stored change point as the API, the Regressions inbox and the regression.detected event show it
// (docs/contract.md "History"). Figures as in metric-change.ts; times ISO-8601 UTC.
import type { MetadataChange } from './metadata-changes';
import type { ChangePointStatus, MetricChange } from './metric-change';

export interface ChangePointView extends MetricChange {
  id: string;
  projectId: string;
  /** The history part: the runs' user count, `none` for runs without one. */
  users: string;
  /** The first run after the change, the last one before it, and the first run of their era. */
  runId: string;
  previousRunId: string;
  eraStartRunId: string;
  status: ChangePointStatus;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  detectedAt: string;
  metadataChanges: MetadataChange[];
}
