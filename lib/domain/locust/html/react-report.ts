// React report (Locust 2.18+): locate `window.templateArgs = {...}` (locust-formats §6.5) and read its
// statistics (locust-formats §6.6, 6.7). Times in ms, rates per second; absent keys give null.
import { unreadable } from '../errors';
import { percentileKeyFromFraction } from '../numbers';
import type { EndpointStats, ExceptionEntry, FailureEntry } from '../types';
import { decodeEntities } from './entities';
import { balancedEnd, isRecord, parseLooseJson, toNumber } from './scan';
import { addMissingPercentiles, endpointKey, methodOrNull, noteUnwrapped } from './stats';
import { isoFromEpochS } from '../time';

const ASSIGNMENT_RE = /window\.templateArgs\s*=\s*/g;
/**
 * Assignments `= {` read at most: each is read to its closing brace (the rest of the document when it
 * has none), so a document of many would take quadratic time. A report has one.
 */
export const MAX_TEMPLATE_ARGS_ASSIGNMENTS = 8;

/**
 * The report object: the first `window.templateArgs = {` whose balanced JSON parses and has
 * `is_report: true`, else the first with a `requests_statistics` array, among the first
 * MAX_TEMPLATE_ARGS_ASSIGNMENTS. Bundle code that merely mentions window.templateArgs (`=== `,
 * `.profile`, `?`) never starts with `= {` and is skipped.
 */
export function findTemplateArgs(html: string): { args: Record<string, unknown> | null; offset: number } {
  let fallback: { args: Record<string, unknown>; offset: number } | null = null;
  let firstOffset = -1;
  let assignments = 0;
  ASSIGNMENT_RE.lastIndex = 0;
  for (let m = ASSIGNMENT_RE.exec(html); m; m = ASSIGNMENT_RE.exec(html)) {
    const start = m.index + m[0].length;
    if (html[start] !== '{') continue;
    if (firstOffset === -1) firstOffset = start;
    if (++assignments > MAX_TEMPLATE_ARGS_ASSIGNMENTS) break;
    const end = balancedEnd(html, start);
    if (end === -1) continue;
    const value = parseLooseJson(html.slice(start, end));
    if (!isRecord(value)) continue;
    if (value.is_report === true) return { args: value, offset: start };
    if (!fallback && Array.isArray(value.requests_statistics)) fallback = { args: value, offset: start };
  }
  return fallback ?? { args: null, offset: firstOffset };
}

/** Text field, HTML-decoded when the report escaped its strings (2.18–2.37.12). */
export function textOf(value: unknown, escaped: boolean): string | null {
  if (typeof value !== 'string') return null;
  return escaped ? decodeEntities(value) : value;
}

export interface ReactStatsInput {
  file: string;
  line: number;
  escaped: boolean;
  /** Whole-run seconds from start_time/end_time, used when rows lack total_rps (2.18–2.30). */
  durationS: number | null;
}

/** requests_statistics merged with response_time_statistics by (method, name). */
export function readReactStats(args: Record<string, unknown>, input: ReactStatsInput): EndpointStats[] {
  const { file, line, escaped, durationS } = input;
  if (!Array.isArray(args.requests_statistics))
    throw unreadable(file, line, 'templateArgs has no requests_statistics list');
  const rt = new Map<string, Record<string, number | null>>();
  for (const r of Array.isArray(args.response_time_statistics) ? args.response_time_statistics : []) {
    if (!isRecord(r)) continue;
    const p: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(r)) {
      if (/^\d+(?:\.\d+)?$/.test(k) && Number(k) <= 1) p[percentileKeyFromFraction(Number(k))] = toNumber(v);
    }
    rt.set(endpointKey(methodOrNull(textOf(r.method, escaped)), textOf(r.name, escaped) ?? ''), p);
  }
  return args.requests_statistics.map((r, i): EndpointStats => {
    if (!isRecord(r) || typeof r.name !== 'string')
      throw unreadable(file, line, `requests_statistics[${i}] has no name`);
    const name = textOf(r.name, escaped) ?? '';
    const method = methodOrNull(textOf(r.method, escaped));
    const requests = toNumber(r.num_requests);
    const failures = toNumber(r.num_failures);
    if (requests === null || failures === null) {
      throw unreadable(file, line, `requests_statistics[${i}] ("${name}") lacks num_requests/num_failures`);
    }
    const hasTotal = 'total_rps' in r;
    const derived = (count: number): number | null => (durationS !== null && durationS > 0 ? count / durationS : null);
    const percentiles = { ...(rt.get(endpointKey(method, name)) ?? {}) };
    const extra: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(r)) {
      const m = /^response_time_percentile_(\d+(?:\.\d+)?)$/.exec(k);
      if (m) extra[percentileKeyFromFraction(Number(m[1]))] = toNumber(v);
    }
    if ('ninetieth_response_time' in r) extra['90'] ??= toNumber(r.ninetieth_response_time);
    if ('ninety_ninth_response_time' in r) extra['99'] ??= toNumber(r.ninety_ninth_response_time);
    addMissingPercentiles(percentiles, extra);
    return {
      method,
      name,
      requests,
      failures,
      medianMs: toNumber(r.median_response_time),
      avgMs: toNumber(r.avg_response_time),
      minMs: toNumber(r.min_response_time),
      maxMs: toNumber(r.max_response_time),
      avgSizeBytes: toNumber(r.avg_content_length),
      rps: hasTotal ? toNumber(r.total_rps) : derived(requests),
      failuresPerS: 'total_fail_per_sec' in r ? toNumber(r.total_fail_per_sec) : hasTotal ? null : derived(failures),
      percentiles,
    };
  });
}

export function readReactFailures(
  args: Record<string, unknown>,
  file: string,
  line: number,
  escaped: boolean,
  warnings: string[],
): FailureEntry[] {
  const list = Array.isArray(args.failures_statistics) ? args.failures_statistics : [];
  const failures = list.filter(isRecord).map((f, i): FailureEntry => {
    const occurrences = toNumber(f.occurrences);
    if (occurrences === null) throw unreadable(file, line, `failures_statistics[${i}] has no occurrences`);
    return {
      method: methodOrNull(textOf(f.method, escaped)),
      name: textOf(f.name, escaped) ?? '',
      error: textOf(f.error, escaped) ?? '',
      occurrences,
      firstSeen: isoFromEpochS(f.first_seen),
      lastSeen: isoFromEpochS(f.last_seen),
    };
  });
  noteUnwrapped(failures, warnings);
  return failures;
}

/** exceptions_statistics are never HTML-escaped. */
export function readReactExceptions(args: Record<string, unknown>, file: string, line: number): ExceptionEntry[] {
  const list = Array.isArray(args.exceptions_statistics) ? args.exceptions_statistics : [];
  return list.filter(isRecord).map((e, i) => {
    const count = toNumber(e.count);
    if (count === null) throw unreadable(file, line, `exceptions_statistics[${i}] has no count`);
    const nodes = Array.isArray(e.nodes) ? e.nodes.join(', ') : e.nodes;
    return {
      count,
      message: typeof e.msg === 'string' ? e.msg : '',
      traceback: typeof e.traceback === 'string' ? e.traceback : '',
      nodes: typeof nodes === 'string' ? nodes : '',
    };
  });
}
