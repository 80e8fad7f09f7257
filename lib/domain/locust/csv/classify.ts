// What a CSV file is, and which Locust versions wrote it, from its header alone (locust-formats §10).
import type { FileKind, VersionRange } from '../types';
import { range, NEWEST_VERSION } from '../versions';
import { has, type HeaderMap } from './columns';

export interface CsvClass {
  kind: FileKind;
  format: string;
  versions: VersionRange;
}

/** Files Locust's ecosystem writes that are not run summaries; named so the error can say so. */
const PER_REQUEST_LOGS: [RegExp, string][] = [
  [/^timeStamp,elapsed,label,responseCode/, 'a locust-plugins JmeterListener per-request log'],
  [/^timestamp,request_type,name,response_time_ms/, 'a CsvRequestLogger per-request log'],
  [/^start_time,duration,transaction_name/, 'a locust-plugins per-transaction log'],
];

/** Null when the header is not a Locust CSV; a string reason when it is a known unsupported one. */
export function classifyCsv(map: HeaderMap): CsvClass | string | null {
  const line = map.labels.join(',');
  for (const [re, what] of PER_REQUEST_LOGS)
    if (re.test(line)) return `${what}, not a run summary: upload the --csv stats files`;
  const label0 = (map.labels[0] ?? '').trim();
  if (has(map, 'timestamp', 'name')) return classifyHistory(map, label0);
  if (has(map, 'type', 'name', 'error', 'occurrences')) return classifyFailures(map);
  if (has(map, 'count', 'message', 'traceback', 'nodes')) {
    return { kind: 'exceptions', format: 'exceptions.csv', versions: range('0.12', NEWEST_VERSION) };
  }
  if (has(map, 'name', 'requests') && !has(map, 'median') && map.percentiles.length > 0) {
    const has999 = map.percentiles.some(([k]) => k === '99.9');
    return has999
      ? { kind: 'distribution', format: 'distribution.csv 0.13.0–0.13.2', versions: range('0.13.0', '0.13.2') }
      : { kind: 'distribution', format: 'distribution.csv ≤0.12.x', versions: range('0', '0.12.2') };
  }
  if (has(map, 'type', 'name', 'requests', 'failures', 'median', 'avg', 'min', 'max')) {
    if (!has(map, 'rps')) {
      return {
        kind: 'transactions-summary',
        format: 'locust-plugins transactions_summary.csv',
        versions: range('1.0b1', NEWEST_VERSION),
      };
    }
    if (!has(map, 'fps') && label0 === 'Method') {
      return { kind: 'requests', format: 'requests.csv ≤0.13.2', versions: range('0', '0.13.2') };
    }
    return classifyStats(map);
  }
  return null;
}

function classifyStats(map: HeaderMap): CsvClass {
  const oldNames = map.labels.includes('# requests');
  if (map.quoted && oldNames)
    return { kind: 'stats', format: 'stats.csv 0.13.3–0.14.6', versions: range('0.13.3', '0.14.6') };
  if (map.quoted) return { kind: 'stats', format: 'stats.csv 1.0b1–1.0.3', versions: range('1.0b1', '1.0.3') };
  if (map.labels.some((l) => l.trim() === '99.999%') && !map.labels.some((l) => l.trim() === '25%')) {
    // 1.1.x always wrote 99.999%; from 1.2 only a custom percentile list can (then other labels differ too).
    const isDefault1_1 = map.percentiles.length === 12;
    if (isDefault1_1) return { kind: 'stats', format: 'stats.csv 1.1–1.1.1', versions: range('1.1', '1.1.1') };
  }
  return { kind: 'stats', format: 'stats.csv 1.2+', versions: range('1.2', NEWEST_VERSION) };
}

function classifyHistory(map: HeaderMap, label0: string): CsvClass {
  if (label0 === 'Type')
    return { kind: 'history', format: 'stats_history.csv 0.13.3–0.14.6', versions: range('0.13.3', '0.14.6') };
  if (map.quoted)
    return { kind: 'history', format: 'stats_history.csv 1.0b1–1.1.1', versions: range('1.0b1', '1.1.1') };
  return { kind: 'history', format: 'stats_history.csv 1.2+', versions: range('1.2', NEWEST_VERSION) };
}

function classifyFailures(map: HeaderMap): CsvClass {
  if (map.quoted) return { kind: 'failures', format: 'failures.csv ≤1.0.3', versions: range('0.12', '1.0.3') };
  if (has(map, 'firstSeen'))
    return { kind: 'failures', format: 'failures.csv 2.44+', versions: range('2.44.0', NEWEST_VERSION) };
  return { kind: 'failures', format: 'failures.csv 1.1–2.43', versions: range('1.1', '2.43.3') };
}
