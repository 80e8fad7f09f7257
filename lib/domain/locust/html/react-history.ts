// React report `history` (locust-formats §6.8) -> chart series. Values may be plain numbers or, from
// 2.31.3, [timestamp, value] pairs; percentile keys are `response_time_percentile_<fraction>`,
// or `_1`/`_2` meaning `percentile1`/`percentile2` (2.18–2.27).
import { percentileKeyFromFraction } from '../numbers';
import type { RawChart } from './history';
import { isRecord, toNumber } from './scan';

const DEFAULT_CHART_FRACTIONS: Record<string, number> = { '1': 0.5, '2': 0.95 };

/** Chart series of the report, or null when there is no history. */
export function readReactChart(args: Record<string, unknown>, warnings: string[]): RawChart | null {
  const entries = (Array.isArray(args.history) ? args.history : []).filter(isRecord).map(flatten);
  if (entries.length === 0) return null;
  const value = (v: unknown): number | null => toNumber(Array.isArray(v) ? v[1] : v);

  // Percentile key -> source field; explicit fraction keys win over the indexed _1/_2 ones.
  const sources = new Map<string, string>();
  const indexed: string[] = [];
  for (const field of new Set(entries.flatMap((e) => Object.keys(e)))) {
    const m = /^response_time_percentile_(\d+(?:\.\d+)?)$/.exec(field);
    if (!m) continue;
    const suffix = m[1] as string;
    if (suffix.includes('.')) sources.set(percentileKeyFromFraction(Number(suffix)), field);
    else if (suffix === '1' || suffix === '2') indexed.push(suffix);
  }
  for (const n of indexed.sort()) {
    const declared = toNumber(args[`percentile${n}`]);
    const fraction = declared ?? DEFAULT_CHART_FRACTIONS[n];
    if (fraction === undefined) continue;
    const key = percentileKeyFromFraction(fraction);
    if (sources.has(key)) continue;
    sources.set(key, `response_time_percentile_${n}`);
    if (declared === null) {
      warnings.push(
        `Chart series response_time_percentile_${n} read as the ${key}th percentile (Locust's default; ` +
          'the report does not say).',
      );
    }
  }
  const percentiles: Record<string, (number | null)[]> = {};
  for (const [key, field] of sources) percentiles[key] = entries.map((e) => value(e[field]));
  return {
    times: entries.map((e) => e.time ?? firstPairTime(e)),
    userCount: entries.map((e) => value(e.user_count)),
    rps: entries.map((e) => value(e.current_rps)),
    failuresPerS: entries.map((e) => value(e.current_fail_per_sec)),
    percentiles,
  };
}

/** 2.20.0 nests its percentiles in `current_response_time_percentiles`; lift them to the top level. */
function flatten(entry: Record<string, unknown>): Record<string, unknown> {
  const nested = entry.current_response_time_percentiles;
  if (!isRecord(nested)) return entry;
  return { ...nested, ...entry };
}

function firstPairTime(entry: Record<string, unknown>): unknown {
  for (const v of Object.values(entry)) if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}
