// Legacy (Jinja, Locust 1.2–2.27) report tables and info block -> model rows (locust-formats §6.2, 6.4).
// Table cells are ints (avg/min/max/size truncated), rates rounded to 0.1 and whole-run.
import { unreadable } from '../errors';
import { percentileKeyFromLabel, readNumberCell } from '../numbers';
import type { EndpointStats, ExceptionEntry, FailureEntry } from '../types';
import { decodeEntities } from './entities';
import { findTable, fitCells, type HtmlTable } from './legacy-tables';
import { lineAt } from './scan';
import { endpointKey, methodOrNull, noteUnwrapped } from './stats';
import { firstSpan, infoLine, stripTags } from './tags';

type NumericField =
  'requests' | 'failures' | 'medianMs' | 'avgMs' | 'minMs' | 'maxMs' | 'avgSizeBytes' | 'rps' | 'failuresPerS';

const REQUEST_COLUMNS: Record<string, NumericField> = {
  '# requests': 'requests',
  '# fails': 'failures',
  '# failures': 'failures',
  'median (ms)': 'medianMs',
  'average (ms)': 'avgMs',
  'min (ms)': 'minMs',
  'max (ms)': 'maxMs',
  'average size (bytes)': 'avgSizeBytes',
  rps: 'rps',
  'failures/s': 'failuresPerS',
};

export interface LegacyTables {
  rows: EndpointStats[];
  failures: FailureEntry[];
  exceptions: ExceptionEntry[];
}

/** Reads the four tables. `decode` is false for 1.4.2–2.10.1, whose cells hold raw text. */
export function readLegacyTables(file: string, html: string, decode: boolean, warnings: string[]): LegacyTables {
  const text = (cell: string | undefined): string => (cell === undefined ? '' : decode ? decodeEntities(cell) : cell);
  const requests = findTable(html, 'Request Statistics');
  if (!requests) throw unreadable(file, null, 'legacy report without a "Request Statistics" table');
  const col = columnsOf(requests);
  const nameAt = col('name');
  const methodAt = col('method') >= 0 ? col('method') : col('type');
  const counted = requests.headers.map((h) => REQUEST_COLUMNS[h.toLowerCase()]);
  if (nameAt < 0 || !counted.includes('requests') || !counted.includes('failures')) {
    throw unreadable(
      file,
      lineAt(html, requests.offset),
      'Request Statistics table lacks its Name, # Requests or # Fails column',
    );
  }
  let badCells = 0;
  const rows = requests.rows.map((row): EndpointStats => {
    const cells = fitCells(row.cells, requests.headers.length, nameAt);
    const stats: EndpointStats = {
      method: methodOrNull(methodAt >= 0 ? text(cells[methodAt]) : null),
      name: text(cells[nameAt]),
      requests: 0,
      failures: 0,
      medianMs: null,
      avgMs: null,
      minMs: null,
      maxMs: null,
      avgSizeBytes: null,
      rps: null,
      failuresPerS: null,
      percentiles: {},
    };
    requests.headers.forEach((header, i) => {
      const field = REQUEST_COLUMNS[header.toLowerCase()];
      if (!field) return;
      const value = readNumberCell(cells[i] ?? '');
      if (field === 'requests' || field === 'failures') {
        if (typeof value !== 'number') {
          throw unreadable(file, lineAt(html, row.offset), `"${header}" of "${stats.name}" is not a number`);
        }
        stats[field] = value;
      } else {
        if (value === undefined) badCells++;
        stats[field] = value ?? null;
      }
    });
    return stats;
  });
  if (badCells > 0) warnings.push(`${badCells} non-numeric cell(s) in the Request Statistics table were read as null.`);
  mergePercentiles(html, rows, text, warnings);
  if (!counted.includes('medianMs')) for (const r of rows) r.medianMs = medianFrom50th(r);
  const failures = readFailures(file, html, text);
  noteUnwrapped(failures, warnings);
  return { rows, failures, exceptions: readExceptions(file, html, text) };
}

function columnsOf(table: HtmlTable): (name: string) => number {
  const lower = table.headers.map((h) => h.toLowerCase());
  return (name) => lower.indexOf(name);
}

function mergePercentiles(
  html: string,
  rows: EndpointStats[],
  text: (c: string | undefined) => string,
  warnings: string[],
): void {
  const table = findTable(html, 'Response Time Statistics');
  if (!table) return;
  const col = columnsOf(table);
  const nameAt = col('name');
  const methodAt = col('method') >= 0 ? col('method') : col('type');
  const keys = table.headers.map((h) => {
    const m = /^(\d+(?:\.\d+)?)\s*%\s*ile/i.exec(h);
    return m ? percentileKeyFromLabel(m[1] as string) : null;
  });
  const byKey = new Map(rows.map((r) => [endpointKey(r.method, r.name), r]));
  let unmatched = 0;
  for (const row of table.rows) {
    const cells = fitCells(row.cells, table.headers.length, nameAt);
    const target = byKey.get(
      endpointKey(methodOrNull(methodAt >= 0 ? text(cells[methodAt]) : null), text(cells[nameAt])),
    );
    if (!target) {
      unmatched++;
      continue;
    }
    keys.forEach((key, i) => {
      if (key !== null) target.percentiles[key] = readNumberCell(cells[i] ?? '') ?? null;
    });
  }
  if (unmatched > 0)
    warnings.push(`${unmatched} Response Time Statistics row(s) match no Request Statistics row; ignored.`);
}

/**
 * The median of a report with no Median column (every legacy era): its 50%ile, clamped into
 * [min, max] as Locust clamps its own median (locust-formats §9.2). Both are bucketed (~2 significant
 * digits); the 50%ile is the upper median, Locust's Median the lower one, so for an even count
 * they can differ by one bucket.
 */
function medianFrom50th(r: EndpointStats): number | null {
  const p50 = r.percentiles['50'];
  if (p50 === null || p50 === undefined || r.requests === 0) return null;
  return Math.min(Math.max(p50, r.minMs ?? p50), r.maxMs ?? p50);
}

function readFailures(file: string, html: string, text: (c: string | undefined) => string): FailureEntry[] {
  const table = findTable(html, 'Failures Statistics');
  if (!table) return [];
  const col = columnsOf(table);
  const at = { method: col('method'), name: col('name'), error: col('error'), occurrences: col('occurrences') };
  return table.rows.map((row) => {
    const cells = fitCells(row.cells, table.headers.length, at.name);
    return {
      method: methodOrNull(text(cells[at.method])),
      name: text(cells[at.name]),
      error: text(cells[at.error]),
      occurrences: count(file, html, row.offset, cells[at.occurrences], 'Occurrences'),
      firstSeen: null,
      lastSeen: null,
    };
  });
}

function readExceptions(file: string, html: string, text: (c: string | undefined) => string): ExceptionEntry[] {
  const table = findTable(html, 'Exceptions Statistics');
  if (!table) return [];
  const col = columnsOf(table);
  return table.rows.map((row) => ({
    count: count(file, html, row.offset, row.cells[col('count')], 'Count'),
    message: text(row.cells[col('message')]),
    traceback: text(row.cells[col('traceback')]),
    nodes: text(row.cells[col('nodes')]),
  }));
}

function count(file: string, html: string, offset: number, cell: string | undefined, header: string): number {
  const value = readNumberCell(cell ?? '');
  if (typeof value !== 'number') throw unreadable(file, lineAt(html, offset), `"${header}" cell is not a number`);
  return value;
}

/** "During", "Target Host" and "Script" of the info block; times as naive wall-clock epoch ms. */
export function readLegacyInfo(
  html: string,
  decode: boolean,
): {
  startMs: number | null;
  endMs: number | null;
  host: string | null;
  locustfile: string | null;
} {
  const during = infoLine(html, 'During') ?? '';
  const stamps = [...during.matchAll(/(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/g)].map((m) =>
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
  );
  const span = (label: string): string | null => {
    const inner = infoLine(html, label);
    const raw = inner === null ? null : firstSpan(inner);
    // Escaped eras hold no literal `<` in user text, so tags there are markup (e.g. a host link).
    const value = raw === null ? null : (decode ? decodeEntities(stripTags(raw)) : raw).trim();
    return value === null || value === '' || value === 'None' ? null : value;
  };
  return {
    startMs: stamps[0] ?? null,
    endMs: stamps[1] ?? null,
    host: span('Target Host'),
    locustfile: span('Script'),
  };
}
