// Locust version range of a `/stats/requests` body, from the key table of locust-formats §7.2 (and 6.6 for rows).
import type { VersionRange } from '../types';
import { compareVersions, range } from '../versions';
import { isRecord } from './extract';

export const STATS_REQUESTS_OLDEST = '0.13.0';
const NEWEST = '2.46.3';
const LAST_2_6 = '2.6.1';
const LAST_2_27 = '2.27.0';
const LAST_2_29 = '2.29.1';

type Json = Record<string, unknown>;

/** Null when the keys contradict every known version (a hand-edited or foreign body). */
export function inferStatsRequestsVersions(body: Json, rows: Json[], errors: Json[]): VersionRange | null {
  let min = STATS_REQUESTS_OLDEST;
  let max = NEWEST;
  const atLeast = (v: string) => {
    if (compareVersions(v, min) > 0) min = v;
  };
  const atMost = (v: string) => {
    if (compareVersions(v, max) < 0) max = v;
  };
  const has = (key: string) => key in body;
  const items = (key: string): Json[] => (Array.isArray(body[key]) ? (body[key] as unknown[]).filter(isRecord) : []);
  const anyRow = (test: (row: Json) => boolean) => rows.some(test);

  if (has('slaves')) {
    atMost('0.14.6');
    if (items('slaves').some((s) => 'cpu_usage' in s)) atLeast('0.14.0');
  }
  if (has('workers')) {
    atLeast('1.0b1');
    if (items('workers').some((w) => 'memory_usage' in w)) atLeast('2.4.2');
  }
  if (has('current_response_time_percentile_95') || has('current_response_time_percentile_50')) atMost('2.15.0');
  const numbered = has('current_response_time_percentile_1') || has('current_response_time_percentile_2');
  if (numbered) {
    atLeast('2.15.1');
    atMost(LAST_2_27);
  }
  if (has('total_fail_per_sec')) atLeast('2.18.4');
  if (has('total_avg_response_time')) {
    atLeast('2.20.0');
    atMost(LAST_2_29);
  }
  if (has('current_response_time_percentiles')) atLeast(numbered ? '2.20.0' : '2.28.0');
  if (has('worker_count')) atLeast('2.37.2');
  if (has('current_rps') || has('current_fail_per_sec')) atLeast('2.45.0');
  if (errors.some((e) => 'first_seen' in e || 'last_seen' in e)) atLeast('2.44.0');

  if (anyRow((r) => 'ninety_ninth_response_time' in r)) atLeast('2.7.0');
  else if (anyRow((r) => 'ninetieth_response_time' in r)) atMost(LAST_2_6);
  if (anyRow((r) => 'ninetieth_response_time' in r || 'ninety_ninth_response_time' in r)) atMost(LAST_2_27);
  if (anyRow((r) => Object.keys(r).some((k) => k.startsWith('response_time_percentile_')))) atLeast('2.21.0');
  if (anyRow((r) => 'total_rps' in r || 'total_fail_per_sec' in r)) atLeast('2.31.0');
  if (rows.length > 0) {
    if (anyRow((r) => 'safe_name' in r)) atMost('2.37.12');
    else atLeast('2.37.13');
  }
  return compareVersions(min, max) <= 0 ? range(min, max) : null;
}

/** Whether the range lies wholly inside [lo, hi]. */
export function within(r: VersionRange, lo: string, hi: string): boolean {
  return compareVersions(r.min, lo) >= 0 && compareVersions(r.max, hi) <= 0;
}

/** Whether the range overlaps [lo, hi]. */
export function overlaps(r: VersionRange, lo: string, hi: string): boolean {
  return compareVersions(r.min, hi) <= 0 && compareVersions(r.max, lo) >= 0;
}

export const ESCAPED_ERRORS = { from: '1.0b1', to: LAST_2_27 };
export const DOUBLE_REPR_ON_MASTER = { from: '2.10.0', to: LAST_2_27 };
