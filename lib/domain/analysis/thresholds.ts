// When a change is a warning or critical. Plain data with defaults, so a share link or a criteria
// file can freeze its own. Relative changes are fractions (0.2 = +20%).

export interface Thresholds {
  /** Success-rate drop in points (fractions): 0.005 = half a percentage point. */
  successRateDrop: { warning: number; critical: number };
  /** Relative growth of the failure count. */
  failuresGrowth: { warning: number; critical: number };
  /** Relative fall of whole-run throughput. */
  rpsDrop: { warning: number; critical: number };
  /** Relative growth of median and p75..p99 latency. */
  latencyGrowth: { warning: number; critical: number };
  /** Relative growth of the maximum (a single request: noisier). */
  maxGrowth: { warning: number; critical: number };
  /** Latency changes smaller than this many ms are noise (Locust buckets to 10 ms from 100 ms). */
  latencyFloorMs: number;
  /** A rate-based change needs a p-value below this to count as real. */
  alpha: number;
  /** Endpoints with fewer requests than this in a run are "insufficient data" for rates. */
  minRequests: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  successRateDrop: { warning: 0.005, critical: 0.02 },
  failuresGrowth: { warning: 0.25, critical: 1 },
  rpsDrop: { warning: 0.1, critical: 0.25 },
  latencyGrowth: { warning: 0.2, critical: 0.5 },
  maxGrowth: { warning: 0.5, critical: 1 },
  latencyFloorMs: 50,
  alpha: 0.05,
  minRequests: 30,
};
