// `GET /stats/requests` body (locust-formats §7.2): a live snapshot of the web UI's statistics table.
import { unwrapDoubleRepr } from '../error-text';
import { notLocust, unreadable } from '../errors';
import { decodeEntities } from '../html/entities';
import { percentileKeyFromFraction } from '../numbers';
import type { EndpointStats, FailureEntry, FileResult, PercentilesMs, VersionRange } from '../types';
import { formatRange, range } from '../versions';
import { isRecord, lineAt, matchBracket, num, parseJsonSlice } from './extract';
import { isoFromEpochS } from '../time';
import {
  DOUBLE_REPR_ON_MASTER,
  ESCAPED_ERRORS,
  STATS_REQUESTS_OLDEST,
  inferStatsRequestsVersions,
  overlaps,
  within,
} from './stats-requests-versions';

type Json = Record<string, unknown>;

export function parseStatsRequestsJson(fileName: string, text: string): FileResult {
  const start = /^\uFEFF?\s*/.exec(text)?.[0].length ?? 0;
  if (text[start] !== '{') throw notLocust(fileName, 'not a JSON object');
  const body = parseJsonSlice(fileName, text, start, text.length);
  if (!isRecord(body) || !Array.isArray(body.stats) || !Array.isArray(body.errors)) {
    throw notLocust(fileName, 'not a Locust /stats/requests body (no "stats" and "errors" arrays)');
  }
  const rowLines = elementLines(text, start);
  const rawRows = body.stats.map((raw, i) => {
    if (!isRecord(raw)) throw unreadable(fileName, rowLines[i] ?? null, `stats[${i}] is not an object`);
    return raw;
  });
  const rawErrors = body.errors.map((raw, i) => {
    if (!isRecord(raw)) throw unreadable(fileName, null, `errors[${i}] is not an object`);
    return raw;
  });

  const warnings = [
    'A /stats/requests body is a live snapshot of the web UI (at most 500 entries plus the total row); ' +
      'it may be taken mid-run and has no history, failure timestamps before 2.44 or exceptions.',
  ];
  let versions = inferStatsRequestsVersions(body, rawRows, rawErrors);
  if (versions === null) {
    warnings.push('The keys of this /stats/requests body match no single Locust version.');
    versions = range(STATS_REQUESTS_OLDEST, '2.46.3');
  }
  if (typeof body.state === 'string' && body.state !== 'stopped') {
    warnings.push(`The test was "${body.state}" when this snapshot was taken: the figures are not final.`);
  }

  const rows = rawRows.map((raw, i) => readRow(fileName, raw, rowLines[i] ?? null));
  const totalAt = rows.findLastIndex((r) => (r.name === 'Aggregated' || r.name === 'Total') && !r.method);
  const aggregated = totalAt >= 0 ? { ...(rows[totalAt] as EndpointStats), name: 'Aggregated', method: null } : null;
  const endpoints = rows.filter((_, i) => i !== totalAt);
  if (aggregated === null) warnings.push('No Aggregated row was found in "stats".');
  const listed = endpoints.reduce((sum, e) => sum + e.requests, 0);
  if (aggregated !== null && listed !== aggregated.requests) {
    warnings.push(
      `The listed entries hold ${listed} of the ${aggregated.requests} requests: some entries are missing.`,
    );
  }
  if (rawRows.length > 0 && !rawRows.some((r) => 'total_rps' in r)) {
    warnings.push(
      'This Locust version reports only current (last ~10 s) rates here; whole-run Requests/s are unknown.',
    );
  }

  const failures = rawErrors.map((raw, i) => readError(fileName, raw, i, versions, 'workers' in body));
  if (failures.some((f, i) => f.error !== rawErrors[i]?.error)) {
    warnings.push('Failure texts were unescaped (HTML entities and/or a doubled Python repr).');
  }
  const userCount = num(body.user_count);
  return {
    info: {
      name: fileName,
      kind: 'stats-requests-json',
      format: `/stats/requests JSON ${formatRange(versions)}`,
      versions,
      encoding: 'utf-8',
      encodingConfidence: 1,
      rows: rows.length,
    },
    stats: { aggregated, endpoints },
    failures,
    meta: { userCount },
    warnings,
  };
}

/** Physical lines of the objects in the top-level "stats" array, for error messages. */
function elementLines(text: string, start: number): number[] {
  const key = /"stats"\s*:\s*\[/.exec(text.slice(start));
  if (!key) return [];
  const open = start + key.index + key[0].length - 1;
  return matchBracket(text, open)?.elementStarts.map((at) => lineAt(text, at)) ?? [];
}

function readRow(file: string, raw: Json, line: number | null): EndpointStats {
  if (typeof raw.name !== 'string') throw unreadable(file, line, 'stats row lacks a string "name"');
  const requests = num(raw.num_requests);
  const failures = num(raw.num_failures);
  if (requests === null || failures === null) {
    throw unreadable(file, line, 'stats row lacks numeric "num_requests"/"num_failures"');
  }
  // Locust writes 0 for every time of an entry without requests; that is "no data", not 0 ms.
  const timed = (key: string) => (requests > 0 ? num(raw[key]) : null);
  const percentiles: PercentilesMs = {};
  if ('ninetieth_response_time' in raw) percentiles['90'] = timed('ninetieth_response_time');
  if ('ninety_ninth_response_time' in raw) percentiles['99'] = timed('ninety_ninth_response_time');
  for (const key of Object.keys(raw)) {
    const m = /^response_time_percentile_(\d+(?:\.\d+)?)$/.exec(key);
    if (m?.[1] !== undefined) percentiles[percentileKeyFromFraction(Number(m[1]))] = timed(key);
  }
  // Only per-entry `total_rps` (2.31+) is a whole-run rate; `current_rps` never goes into `rps`.
  return {
    method: typeof raw.method === 'string' && raw.method !== '' ? raw.method : null,
    name: raw.name,
    requests,
    failures,
    medianMs: timed('median_response_time'),
    avgMs: timed('avg_response_time'),
    minMs: timed('min_response_time'),
    maxMs: timed('max_response_time'),
    avgSizeBytes: timed('avg_content_length'),
    rps: num(raw.total_rps),
    failuresPerS: num(raw.total_fail_per_sec),
    percentiles,
  };
}

function readError(file: string, raw: Json, i: number, versions: VersionRange, master: boolean): FailureEntry {
  const occurrences = num(raw.occurrences);
  if (typeof raw.name !== 'string' || typeof raw.error !== 'string' || occurrences === null) {
    throw unreadable(file, null, `errors[${i}] lacks "name", "error" or "occurrences"`);
  }
  const values = [raw.method, raw.name, raw.error];
  // html.escape was applied in 1.0b1–2.27; decode when the version range says so, or when it is
  // unsure and entities are present.
  const escaped =
    within(versions, ESCAPED_ERRORS.from, ESCAPED_ERRORS.to) ||
    (overlaps(versions, ESCAPED_ERRORS.from, ESCAPED_ERRORS.to) &&
      values.some((v) => typeof v === 'string' && /&(?:amp|lt|gt|quot|#x27|#39);/.test(v)));
  const plain = (v: unknown) => (typeof v === 'string' ? (escaped ? decodeEntities(v) : v) : null);
  let error = plain(raw.error) ?? '';
  if (master && overlaps(versions, DOUBLE_REPR_ON_MASTER.from, DOUBLE_REPR_ON_MASTER.to)) {
    error = unwrapDoubleRepr(error);
  }
  const method = plain(raw.method);
  return {
    method: method === '' ? null : method,
    name: plain(raw.name) ?? raw.name,
    error,
    occurrences,
    firstSeen: isoFromEpochS(num(raw.first_seen)),
    lastSeen: isoFromEpochS(num(raw.last_seen)),
  };
}
