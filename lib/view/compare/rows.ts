// The rows of a comparison that only the sections below the first screen list: every endpoint and the
// attribution rows (a row per endpoint). On a 5,000-endpoint comparison they are ~1 MB of the page's ~1.4 MB: the
// page leaves them out and the browser fetches them once it is interactive (GET /api/compare/rows, or
// /s/TOKEN/rows.json for a share link), so the first response carries the verdict and the headline only.
import type { ComparisonView } from '../../domain/shapes/comparison-view';
import {
  failureAttributionView,
  latencyAttributionView,
  type FailureAttributionView,
  type LatencyAttributionView,
} from './attribution';
import { packEndpoints, type PackedEndpoint } from './endpoints';

export interface CompareRows {
  /** Every endpoint of the comparison in its order (what attribution rows and `EndpointRef`s index). */
  endpoints: PackedEndpoint[];
  latency: LatencyAttributionView | null;
  failures: FailureAttributionView | null;
}

/** The rows as the page's model holds them (`endpoints`, `latencyAttribution`, `failureAttribution`: model.ts),
 *  built from the view alone: the rest of the model (verdicts, report, charts) is not needed for them. */
export function compareRowsOf(view: ComparisonView): CompareRows {
  const c = view.comparison;
  return {
    endpoints: packEndpoints(c.endpoints),
    latency: latencyAttributionView(c),
    failures: failureAttributionView(c),
  };
}
