// `--json` / `--json-file` output (locust-formats §7.1): raw per-entry accumulators; we derive every figure.
import { notLocust, unreadable } from '../errors';
import { percentileKeyFromFraction } from '../numbers';
import type { EndpointStats, FileResult, PercentilesMs } from '../types';
import { compareVersions, formatRange, range } from '../versions';
import { findArrayStart, isRecord, lineAt, matchBracket, num, parseJsonSlice } from './extract';
import { isoFromEpochS } from '../time';
import { medianFromHistogram, mergeHistograms, percentileFromHistogram } from './histogram';

const PERCENTILES = [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1.0];

/** Counters of one entry, or of all entries merged. Times in ms, sizes in bytes, epochs in s. */
interface Totals {
  requests: number;
  noneRequests: number;
  failures: number;
  totalResponseTimeMs: number;
  minMs: number | null;
  maxMs: number | null;
  contentBytes: number;
  hist: Map<number, number>;
}

interface Entry extends Totals {
  name: string;
  method: string | null;
  startS: number | null;
  lastS: number | null;
  bucketKeys: string[];
}

export function parseJsonOutput(fileName: string, text: string): FileResult {
  const start = findArrayStart(text);
  if (start === null) throw notLocust(fileName, 'no Locust --json array found');
  const startLine = lineAt(text, start);
  const span = matchBracket(text, start);
  if (span === null) throw unreadable(fileName, startLine, 'the JSON array is not closed (truncated output?)');
  const value = parseJsonSlice(fileName, text, start, span.end);
  if (!Array.isArray(value)) throw notLocust(fileName, 'not a Locust --json array');
  if (value.length > 0 && !(isRecord(value[0]) && 'num_requests' in value[0] && 'response_times' in value[0])) {
    throw notLocust(fileName, 'array elements are not Locust stats entries');
  }
  const entries = value.map((raw, i) => {
    const at = span.elementStarts[i];
    return readEntry(fileName, raw, at === undefined ? startLine : lineAt(text, at));
  });
  const starts = entries.map((e) => e.startS).filter((s): s is number => s !== null);
  const lasts = entries.map((e) => e.lastS).filter((s): s is number => s !== null);
  const firstS = starts.reduce<number | null>((m, s) => (m === null || s < m ? s : m), null);
  const lastS = lasts.reduce<number | null>((m, s) => (m === null || s > m ? s : m), null);
  const spanS = firstS !== null && lastS !== null ? lastS - firstS : null;

  const endpoints = entries
    .map((e) => toStats(e.method, e.name, e, spanS))
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.method ?? '', b.method ?? ''));
  const aggregated = toStats(null, 'Aggregated', mergeTotals(entries), spanS);

  const warnings = [
    '--json output has no Aggregated row and no failure messages: the Aggregated row, percentiles and ' +
      'rates were computed from the per-entry histograms and counters (rates approximate Locust’s Requests/s).',
  ];
  const before = text.slice(0, start).trim();
  const after = text.slice(span.end).trim();
  if (before !== '' || after !== '') {
    warnings.push(`The JSON array starts at line ${startLine} amid other console output, which was ignored.`);
  }
  if (entries.length === 0) warnings.push('The --json output has no entries (no requests were recorded).');
  const none = entries.reduce((sum, e) => sum + e.noneRequests, 0);
  if (none > 0) {
    warnings.push(`${none} requests had no response time; they are excluded from averages and percentiles.`);
  }

  const versions = inferVersions(entries, /^Type\s+Name\s/m.test(after));
  return {
    info: {
      name: fileName,
      kind: 'json',
      format: `--json output ${formatRange(versions)}`,
      versions,
      encoding: 'utf-8',
      encodingConfidence: 1,
      rows: entries.length,
    },
    stats: { aggregated, endpoints },
    meta: {
      startTime: isoFromEpochS(firstS),
      endTime: isoFromEpochS(lastS),
      durationS: spanS !== null && spanS >= 0 ? spanS : null,
    },
    warnings,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readEntry(file: string, raw: unknown, line: number): Entry {
  if (!isRecord(raw)) throw unreadable(file, line, 'array element is not an object');
  const need = (key: string): number => {
    const v = num(raw[key]);
    if (v === null) throw unreadable(file, line, `entry lacks a numeric "${key}"`);
    return v;
  };
  const optional = (key: string): number | null => {
    if (raw[key] === null || raw[key] === undefined) return null;
    return need(key);
  };
  if (typeof raw.name !== 'string') throw unreadable(file, line, 'entry lacks a string "name"');
  const method = typeof raw.method === 'string' ? raw.method : null;
  const times = raw.response_times;
  if (!isRecord(times)) throw unreadable(file, line, 'entry lacks a "response_times" object');
  const hist = new Map<number, number>();
  for (const [key, count] of Object.entries(times)) {
    const bucket = Number(key);
    if (key.trim() === '' || !Number.isFinite(bucket) || num(count) === null) {
      throw unreadable(file, line, `bad response_times bucket "${key}"`);
    }
    hist.set(bucket, (hist.get(bucket) ?? 0) + (count as number));
  }
  return {
    name: raw.name,
    method,
    requests: need('num_requests'),
    noneRequests: optional('num_none_requests') ?? 0,
    failures: need('num_failures'),
    totalResponseTimeMs: need('total_response_time'),
    minMs: optional('min_response_time'),
    maxMs: optional('max_response_time'),
    contentBytes: optional('total_content_length') ?? 0,
    hist,
    startS: optional('start_time'),
    lastS: optional('last_request_timestamp'),
    bucketKeys: Object.keys(times),
  };
}

function mergeTotals(entries: Entry[]): Totals {
  const timed = entries.filter((e) => e.requests - e.noneRequests > 0);
  const mins = timed.map((e) => e.minMs).filter((v): v is number => v !== null);
  const maxes = timed.map((e) => e.maxMs).filter((v): v is number => v !== null);
  const sum = (pick: (e: Entry) => number) => entries.reduce((s, e) => s + pick(e), 0);
  return {
    requests: sum((e) => e.requests),
    noneRequests: sum((e) => e.noneRequests),
    failures: sum((e) => e.failures),
    totalResponseTimeMs: sum((e) => e.totalResponseTimeMs),
    minMs: mins.reduce<number | null>((m, v) => (m === null || v < m ? v : m), null),
    maxMs: maxes.reduce<number | null>((m, v) => (m === null || v > m ? v : m), null),
    contentBytes: sum((e) => e.contentBytes),
    hist: mergeHistograms(entries.map((e) => e.hist)),
  };
}

function toStats(method: string | null, name: string, t: Totals, spanS: number | null): EndpointStats {
  const timed = t.requests - t.noneRequests;
  const minMs = timed > 0 ? t.minMs : null;
  const maxMs = timed > 0 ? t.maxMs : null;
  let medianMs = medianFromHistogram(t.hist);
  // Locust clamps the bucketed median into the exact [min, max].
  if (medianMs !== null && maxMs !== null && medianMs > maxMs) medianMs = maxMs;
  else if (medianMs !== null && minMs !== null && medianMs < minMs) medianMs = minMs;
  const percentiles: PercentilesMs = {};
  for (const p of PERCENTILES) percentiles[percentileKeyFromFraction(p)] = percentileFromHistogram(t.hist, p);
  const rate = (count: number) => (spanS !== null && spanS > 0 ? count / spanS : null);
  return {
    method,
    name,
    requests: t.requests,
    failures: t.failures,
    medianMs,
    avgMs: timed > 0 ? t.totalResponseTimeMs / timed : null,
    minMs,
    maxMs,
    avgSizeBytes: t.requests > 0 ? t.contentBytes / t.requests : null,
    rps: rate(t.requests),
    failuresPerS: rate(t.failures),
    percentiles,
  };
}

/** 2.14.1–2.46.3; bucket keys ≥ 100 ms are floats ("120.0") up to 2.43.3 and ints from 2.43.4. */
function inferVersions(entries: Entry[], consoleTablesAfter: boolean) {
  const keys = entries.flatMap((e) => e.bucketKeys);
  let min = consoleTablesAfter ? '2.37.0' : '2.14.1';
  let max = '2.46.3';
  if (keys.some((k) => k.includes('.'))) max = '2.43.3';
  else if (keys.some((k) => Number(k) >= 100)) min = compareVersions(min, '2.43.4') > 0 ? min : '2.43.4';
  return range(min, max);
}
