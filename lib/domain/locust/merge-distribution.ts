// <= 0.13.2 runs: `_requests.csv` holds counts and times, `_distribution.csv` the percentiles,
// keyed by "METHOD name" (or just the name for the total row and 0-request entries).
import type { EndpointStats } from './types';

type Stats = { aggregated: EndpointStats | null; endpoints: EndpointStats[] };

export function mergeDistribution(requests: Stats, distribution: Stats, warnings: string[]): Stats {
  const percentilesByName = new Map<string, EndpointStats['percentiles']>();
  for (const row of distribution.endpoints) percentilesByName.set(row.name, row.percentiles);
  const used = new Set<string>();
  const withPercentiles = (row: EndpointStats): EndpointStats => {
    const keys = row.method === null ? [row.name] : [`${row.method} ${row.name}`, row.name];
    for (const key of keys) {
      const p = percentilesByName.get(key);
      if (p) {
        used.add(key);
        return { ...row, percentiles: p };
      }
    }
    return row;
  };
  const endpoints = requests.endpoints.map(withPercentiles);
  const aggregated =
    requests.aggregated && distribution.aggregated
      ? { ...requests.aggregated, percentiles: distribution.aggregated.percentiles }
      : requests.aggregated;
  const unmatched = [...percentilesByName.keys()].filter((k) => !used.has(k));
  if (unmatched.length > 0)
    warnings.push(`_distribution.csv rows without a _requests.csv row: ${unmatched.slice(0, 5).join(', ')}`);
  return { aggregated, endpoints };
}
