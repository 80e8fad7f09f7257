// The rows of a comparison that only the sections below the first screen list: every endpoint and the
// attribution rows (a row per endpoint). On a 5,000-endpoint comparison they are ~1 MB of the page's ~1.4 MB: the
// page leaves them out and the browser fetches them once it is interactive (GET /api/compare/rows, or
// /s/TOKEN/rows.json for a share link), so the first response carries the verdict and the headline only.
import type { FailureAttributionView, LatencyAttributionView } from './attribution';
import type { PackedEndpoint } from './endpoints';
import type { CompareModel } from './model';

export interface CompareRows {
  /** Every endpoint of the comparison in its order (what attribution rows and `EndpointRef`s index). */
  endpoints: PackedEndpoint[];
  latency: LatencyAttributionView | null;
  failures: FailureAttributionView | null;
}

export function compareRowsOf(model: CompareModel): CompareRows {
  return { endpoints: model.endpoints, latency: model.latencyAttribution, failures: model.failureAttribution };
}
