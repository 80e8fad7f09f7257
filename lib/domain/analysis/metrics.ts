// Figures of one statistics row by metric name, shared by comparisons and success criteria.
import type { EndpointStats } from '../locust/types';
import { goodputRps } from './goodput';

/** successRate, failureRate, failures, requests, rps, goodputRps, medianMs, avgMs, maxMs or pNNMs (fractions, counts,
 *  per second, ms) of one row; null when the row does not have it. */
export function metricValue(s: EndpointStats, metric: string): number | null {
  switch (metric) {
    case 'successRate':
      return s.requests > 0 ? 1 - s.failures / s.requests : null;
    case 'failureRate':
      return s.requests > 0 ? s.failures / s.requests : null;
    case 'failures':
      return s.failures;
    case 'requests':
      return s.requests;
    case 'rps':
      return s.rps;
    case 'goodputRps':
      return goodputRps(s);
    case 'medianMs':
      return s.medianMs;
    case 'avgMs':
      return s.avgMs;
    case 'maxMs':
      return s.maxMs;
    default: {
      const m = /^p(\d+(?:\.\d+)?)Ms$/.exec(metric);
      return m ? (s.percentiles[String(Number(m[1]))] ?? null) : null;
    }
  }
}
