// A change point as the inbox and the API name it (issue 19): the metric and scope it was found in, and the
// series means on either side of it.
import type { TrendMetric } from './run-figures';

export interface MetricChange {
  metric: TrendMetric;
  /** `aggregate` or `endpoint:METHOD NAME`. */
  scope: string;
  meanBefore: number;
  meanAfter: number;
  /** Relative change of the mean (0.4 = +40%); for the failure rate the difference of the rates. */
  magnitude: number | null;
  magnitudeLow: number | null;
  magnitudeHigh: number | null;
  pValue: number;
}

/** The team's decision on a change point (the Regressions inbox): open until acknowledged or dismissed. */
export const CHANGE_POINT_STATUSES = ['open', 'acknowledged', 'dismissed'] as const;
export type ChangePointStatus = (typeof CHANGE_POINT_STATUSES)[number];
