// How much a latency percentile moves within a run, from the history's ~10 s window percentiles
// (Locust 2.2.2+ with --csv-full-history, <= 1.1.1, and HTML charts). It gives a latency change an
// honest yardstick: a change is called real only when the two runs' typical windows do not overlap.
// Cumulative histories (1.2+ without full history) cannot give this: they say so.
import { formatMs } from '../format/format';
import type { ParsedRun } from '../locust/types';

export interface WindowSpread {
  /** Windows used: rows at the run's peak user count with a non-zero value. */
  windows: number;
  q25Ms: number;
  medianMs: number;
  q75Ms: number;
}

/** Quartiles (ms) of a percentile's ~10 s window values at steady load; null when the history cannot tell. */
export function windowSpread(run: ParsedRun, percentileKey: string): WindowSpread | null {
  const h = run.history;
  if (!h || h.percentileWindow !== 'current-window') return null;
  const col = h.aggregated.percentiles[percentileKey];
  if (!col) return null;
  const users = h.aggregated.userCount;
  let peak = -Infinity;
  for (const u of users) if (u > peak) peak = u;
  const values: number[] = [];
  for (let i = 0; i < col.length; i++) {
    const v = col[i] as number;
    const steady = Number.isNaN(peak) || peak === -Infinity || (users[i] as number) === peak;
    // 0 means "no window yet" (locust-formats §3.3), not a 0 ms response time.
    if (steady && v > 0) values.push(v);
  }
  if (values.length < 5) return null;
  values.sort((a, b) => a - b);
  return {
    windows: values.length,
    q25Ms: quantile(values, 0.25),
    medianMs: quantile(values, 0.5),
    q75Ms: quantile(values, 0.75),
  };
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** Whether a latency change stands out from window-to-window variation, with the reason in words. */
export function latencyEvidence(
  base: WindowSpread | null,
  target: WindowSpread | null,
): { real: boolean | null; reason: string } {
  if (!base || !target) {
    return {
      real: null,
      reason: 'no ~10 s window percentiles in both runs (cumulative or no history): variation unknown',
    };
  }
  const range = (s: WindowSpread) => `${formatMs(s.q25Ms)}–${formatMs(s.q75Ms)}`;
  const ranges = `typical windows ${range(base)} vs ${range(target)}`;
  // Windows overlap in time (10 s windows sampled every 1-2 s), so counts overstate independence.
  if (target.q25Ms > base.q75Ms) return { real: true, reason: `slower beyond window-to-window variation (${ranges})` };
  if (target.q75Ms < base.q25Ms) return { real: true, reason: `faster beyond window-to-window variation (${ranges})` };
  return { real: false, reason: `within window-to-window variation (${ranges})` };
}
