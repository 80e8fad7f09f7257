// `_stats.csv` (0.13.3+), `_requests.csv` (<= 0.13.2), `_distribution.csv` (<= 0.13.2) and the
// locust-plugins transactions summary: one row per entry, the Aggregated row last.
import { clipForMessage, unreadable } from '../errors';
import type { EndpointStats, FileResult } from '../types';
import type { CsvClass } from './classify';
import type { RowCells } from './cells';
import type { CsvConsumer } from './consumer';

/** Name of the total row: "Aggregated", or "Total" in <= 0.12 `_requests.csv`/`_distribution.csv`. */
function isTotalName(name: string, kind: string): boolean {
  return name === 'Aggregated' || ((kind === 'requests' || kind === 'distribution') && name === 'Total');
}

export function createStatsConsumer(cls: CsvClass, row: RowCells): CsvConsumer {
  const rows: EndpointStats[] = [];
  const totalCandidates: number[] = [];
  const warnings: string[] = [];
  const width = row.header.labels.length;
  /** "METHOD NAME" -> line, to refuse an entry listed twice (Locust keys its stats by both). */
  const seen = new Map<string, number>();
  return {
    row() {
      if (row.cells.length !== width) {
        throw row.error(`expected ${width} cells as in the header, found ${row.cells.length}`);
      }
      const entry = cls.kind === 'distribution' ? distributionRow(row) : statsRow(row);
      if (entry.method === null && isTotalName(entry.name, cls.kind)) totalCandidates.push(rows.length);
      else if (cls.kind === 'stats' || cls.kind === 'requests') {
        const key = `${entry.method ?? ''} ${entry.name}`;
        const first = seen.get(key);
        if (first !== undefined)
          throw row.error(
            `"${clipForMessage(key.trim())}" is listed twice (first at line ${first}): which row holds its figures?`,
          );
        seen.set(key, row.line);
      }
      rows.push(entry);
    },
    finish(info): FileResult {
      const totalIndex = totalCandidates[totalCandidates.length - 1];
      if (cls.kind === 'transactions-summary') {
        // locust-plugins writes no total row: transactions are user-defined groups, not requests.
        return { info, transactions: rows, warnings };
      }
      if (totalIndex === undefined)
        throw rows.length === 0
          ? unreadable(info.name, null, 'no rows after the header')
          : row.error('no Aggregated row: the file is incomplete');
      const aggregated = rows[totalIndex] as EndpointStats;
      const endpoints = rows.filter((_, i) => i !== totalIndex);
      // 0.13.0-0.13.2 distributions list 0-request entries after the total row.
      if (totalIndex !== rows.length - 1 && cls.kind !== 'distribution')
        warnings.push(`${info.name}: rows after the Aggregated row`);
      if (cls.format.startsWith('stats.csv 0.13.3')) {
        warnings.push(
          `${info.name}: if written by Locust 0.13.3–0.13.4, its percentiles cover only the last ~10 s ` +
            '(Locust issue #1198)',
        );
      }
      return { info, stats: { aggregated: { ...aggregated, method: null, name: 'Aggregated' }, endpoints }, warnings };
    },
  };
}

function statsRow(row: RowCells): EndpointStats {
  const requests = row.count('requests');
  // Locust writes 0 for the times of an entry without requests (after a reset): unknown, not 0 ms.
  const timed = (id: 'median' | 'avg' | 'min' | 'max' | 'size') => (requests === 0 ? null : row.nonNegative(id));
  return {
    method: row.method(),
    name: row.text('name'),
    requests,
    failures: row.count('failures'),
    medianMs: timed('median'),
    avgMs: timed('avg'),
    minMs: timed('min'),
    maxMs: timed('max'),
    avgSizeBytes: timed('size'),
    rps: row.num('rps'),
    failuresPerS: row.num('fps'),
    percentiles: row.percentiles(),
  };
}

/** `_distribution.csv`: Name is "METHOD name" joined by a space (method kept in `name` here). */
function distributionRow(row: RowCells): EndpointStats {
  return {
    method: null,
    name: row.text('name'),
    requests: row.count('requests'),
    failures: 0,
    medianMs: null,
    avgMs: null,
    minMs: null,
    maxMs: null,
    avgSizeBytes: null,
    rps: null,
    failuresPerS: null,
    percentiles: row.percentiles(),
  };
}
