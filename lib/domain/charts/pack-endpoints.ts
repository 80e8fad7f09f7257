// Compact transfer of many endpoints from the server page to client components: one tuple
// per endpoint instead of an object with repeated keys; floats kept to 6 significant digits
// (the table shows at most 4). 5,000 endpoints shrink from ~2.3 MB to well under 1 MB.
import { toSixDigits } from '../format/format';
import { percentileKeysOf } from './percentile-keys';
import type { EndpointStats } from '../locust/types';

type Num = number | null;
/** [method, name, requests, failures, median, avg, min, max, avgSize, rps, failuresPerS, ...percentiles (ms,
 *  in `percentileKeys` order)] */
export type PackedEndpoint = [string | null, string, number, number, Num, Num, Num, Num, Num, Num, Num, ...Num[]];

export interface PackedEndpoints {
  percentileKeys: string[];
  rows: PackedEndpoint[];
}

const FIXED = 11;

const round = toSixDigits;

export function packEndpoints(endpoints: readonly EndpointStats[]): PackedEndpoints {
  const percentileKeys = percentileKeysOf(endpoints);
  const rows = endpoints.map((e): PackedEndpoint => [
    e.method,
    e.name,
    e.requests,
    e.failures,
    round(e.medianMs),
    round(e.avgMs),
    round(e.minMs),
    round(e.maxMs),
    round(e.avgSizeBytes),
    round(e.rps),
    round(e.failuresPerS),
    ...percentileKeys.map((k) => round(e.percentiles[k])),
  ]);
  return { percentileKeys, rows };
}

export function unpackEndpoints({ percentileKeys, rows }: PackedEndpoints): EndpointStats[] {
  return rows.map((r) => {
    const percentiles: Record<string, Num> = {};
    percentileKeys.forEach((k, i) => (percentiles[k] = (r[FIXED + i] as Num | undefined) ?? null));
    return {
      method: r[0],
      name: r[1],
      requests: r[2],
      failures: r[3],
      medianMs: r[4],
      avgMs: r[5],
      minMs: r[6],
      maxMs: r[7],
      avgSizeBytes: r[8],
      rps: r[9],
      failuresPerS: r[10],
      percentiles,
    };
  });
}
