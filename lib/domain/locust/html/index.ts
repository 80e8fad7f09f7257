// Locust HTML report parser, every era from 1.2 to 2.46.3 (locust-formats §6). Pure: text in, FileResult out.
// Never executes the page's scripts: data is found from marker strings and read as JSON.
import { notLocust, unreadable } from '../errors';
import type { FileResult, RunMeta, VersionRange } from '../types';
import { compareVersions, formatRange } from '../versions';
import { legacyRange, reactRange } from './detect';
import { buildHistory, peakUsers } from './history';
import { readLegacyCharts } from './legacy-charts';
import { readLegacyInfo, readLegacyTables } from './legacy-report';
import { readReactChart } from './react-history';
import { findTemplateArgs, readReactExceptions, readReactFailures, readReactStats, textOf } from './react-report';
import { isRecord, lineAt } from './scan';
import { splitAggregated } from './stats';
import { findHeading } from './tags';
import { parseDateTime } from './time';
import { isoFromMs } from '../time';

/** A legacy report: its statistics heading, its title heading, or its chart data (linear: tags.ts). */
function isLegacyReport(html: string): boolean {
  return (
    findHeading(html, 'h2', 'Request Statistics') !== null ||
    findHeading(html, 'h1', 'Locust Test Report') !== null ||
    /var\s+stats_history\s*=\s*\{/i.test(html)
  );
}

/** About the report's statistics tables: a run whose statistics come from its CSV files drops it (assemble-run.ts). */
export const LEGACY_TABLES_WARNING =
  'Legacy HTML tables show Average/Min/Max/size truncated to whole numbers and RPS, Failures/s rounded to 0.1; ' +
  'they have no median column: the median is their 50%ile.';

/** Parses one Locust HTML report. Throws LocustInputError (not_locust / unreadable) only. */
export function parseHtmlReport(fileName: string, text: string): FileResult {
  const html = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const found = findTemplateArgs(html);
  if (found.args) return parseReact(fileName, html, found.args, found.offset);
  if (found.offset !== -1) {
    throw unreadable(
      fileName,
      lineAt(html, found.offset),
      'window.templateArgs is not a readable report object (invalid JSON, or the live web UI page rather ' +
        'than a report)',
    );
  }
  if (isLegacyReport(html)) return parseLegacy(fileName, html);
  if (html.includes('window.templateArgs')) {
    throw unreadable(fileName, null, 'Locust web UI page without report data (no "window.templateArgs = {...}")');
  }
  throw notLocust(
    fileName,
    'HTML without Locust report data: no window.templateArgs object and no "Request Statistics" table',
  );
}

function parseLegacy(file: string, html: string): FileResult {
  const warnings: string[] = [];
  const charts = readLegacyCharts(html, warnings);
  const versions = legacyRange(html, charts?.era ?? null, warnings);
  // 1.4.2–2.10.1 rendered user text without escaping: decoding would alter names holding "&amp;".
  const raw = compareVersions(versions.min, '1.4.2') >= 0 && compareVersions(versions.max, '2.10.1') <= 0;
  const tables = readLegacyTables(file, html, !raw, warnings);
  const info = readLegacyInfo(html, !raw);
  warnings.push(LEGACY_TABLES_WARNING);
  const localTime = compareVersions(versions.min, '2.4.2') < 0;
  if (localTime && (info.startMs !== null || info.endMs !== null)) {
    warnings.push(
      `Start/end times are given without "Z": this report's version range (${formatRange(versions)}) ` +
        "includes Locust before 2.4.2, which wrote the rendering machine's local time with no zone.",
    );
  }
  const anchorMs = info.startMs ?? info.endMs;
  const history = charts ? buildHistory(charts.chart, anchorMs === null ? null : anchorMs / 1000, warnings) : undefined;
  if (history && (charts?.era === 'L1' || charts?.era === 'L2')) {
    warnings.push(
      'Chart times of Locust before 2.2 are local "HH:MM:SS" values; their epoch seconds read that wall clock as UTC.',
    );
  }
  const stats = splitAggregated(tables.rows);
  if (!stats.aggregated) warnings.push('The Request Statistics table has no Aggregated row.');
  const era = charts ? `legacy ${charts.era}` : 'legacy';
  return {
    info: info_(file, era, versions, tables.rows.length),
    stats,
    failures: tables.failures,
    exceptions: tables.exceptions,
    ...(history ? { history } : {}),
    meta: meta_(info.startMs, info.endMs, !localTime, info.host, info.locustfile, peakUsers(history)),
    warnings,
  };
}

function parseReact(file: string, html: string, args: Record<string, unknown>, offset: number): FileResult {
  const warnings: string[] = [];
  const line = lineAt(html, offset);
  const versions = reactRange(args, warnings);
  const rawRows = Array.isArray(args.requests_statistics) ? args.requests_statistics.filter(isRecord) : [];
  // 2.18–2.37.12 HTML-escape user text; those versions also write `safe_name` (locust-formats §6.7).
  const escaped = rawRows.some((r) => 'safe_name' in r);
  const start = typeof args.start_time === 'string' ? parseDateTime(args.start_time) : null;
  const end = typeof args.end_time === 'string' ? parseDateTime(args.end_time) : null;
  const durationS = start && end ? (end.ms - start.ms) / 1000 : null;
  const rows = readReactStats(args, { file, line, escaped, durationS });
  if (rawRows.some((r) => !('total_rps' in r))) {
    warnings.push(
      durationS !== null && durationS > 0
        ? `Requests/s and failures/s are derived from the report's start and end times (count / ${durationS} s): ` +
            'reports of Locust 2.18–2.30 carry no whole-run rate.'
        : 'Reports of Locust 2.18–2.30 carry no whole-run rate, and this one has no usable start and end time: ' +
            'requests/s and failures/s are unknown.',
    );
  }
  const chart = readReactChart(args, warnings);
  const anchorMs = start?.ms ?? end?.ms ?? null;
  const history = chart ? buildHistory(chart, anchorMs === null ? null : anchorMs / 1000, warnings) : undefined;
  const stats = splitAggregated(rows);
  if (!stats.aggregated) warnings.push('requests_statistics has no Aggregated row.');
  const noneToNull = (v: string | null): string | null => (v === null || v === '' || v === 'None' ? null : v);
  return {
    info: info_(file, 'React', versions, rows.length),
    stats,
    failures: readReactFailures(args, file, line, escaped, warnings),
    exceptions: readReactExceptions(args, file, line),
    ...(history ? { history } : {}),
    meta: meta_(
      start?.ms ?? null,
      end?.ms ?? null,
      true,
      noneToNull(textOf(args.host, escaped)),
      noneToNull(textOf(args.locustfile, escaped)),
      peakUsers(history),
    ),
    warnings,
  };
}

function info_(name: string, family: string, versions: VersionRange, rows: number): FileResult['info'] {
  return {
    name,
    kind: 'html',
    format: `HTML report (${family}) ${formatRange(versions)}`,
    versions,
    encoding: 'utf-8',
    encodingConfidence: 1,
    rows,
  };
}

function meta_(
  startMs: number | null,
  endMs: number | null,
  utc: boolean,
  host: string | null,
  locustfile: string | null,
  userCount: number | null,
): Partial<RunMeta> {
  return {
    host,
    locustfile,
    startTime: startMs === null ? null : isoFromMs(startMs, utc),
    endTime: endMs === null ? null : isoFromMs(endMs, utc),
    durationS: startMs !== null && endMs !== null ? (endMs - startMs) / 1000 : null,
    userCount,
  };
}
