// Goodput: successful requests per second. Locust's rps counts failed requests too, so capacity,
// scaling and efficiency are judged on goodput (see README "Goodput").
import type { EndpointStats } from '../locust/types';

/** rps × (requests − failures) / requests, per second; null when rps is unknown or nothing was requested. */
export function goodputRps(stats: Pick<EndpointStats, 'rps' | 'requests' | 'failures'>): number | null {
  if (stats.rps === null || !(stats.requests > 0)) return null;
  return (stats.rps * (stats.requests - stats.failures)) / stats.requests;
}
