// Column names across Locust eras, normalized (locust-formats §9.8 item 1). Detection is by name, never position.
import { percentileKeyFromLabel } from '../numbers';

export type ColumnId =
  | 'type'
  | 'name'
  | 'requests'
  | 'failures'
  | 'median'
  | 'avg'
  | 'min'
  | 'max'
  | 'size'
  | 'rps'
  | 'fps'
  | 'timestamp'
  | 'userCount'
  | 'totalRequests'
  | 'totalFailures'
  | 'totalMedian'
  | 'totalAvg'
  | 'totalMin'
  | 'totalMax'
  | 'totalSize'
  | 'error'
  | 'occurrences'
  | 'firstSeen'
  | 'lastSeen'
  | 'count'
  | 'message'
  | 'traceback'
  | 'nodes';

const ALIASES: Record<string, ColumnId> = {
  type: 'type',
  method: 'type',
  name: 'name',
  'request count': 'requests',
  '# requests': 'requests',
  'failure count': 'failures',
  '# failures': 'failures',
  'median response time': 'median',
  'average response time': 'avg',
  'min response time': 'min',
  'max response time': 'max',
  'average content size': 'size',
  'requests/s': 'rps',
  'failures/s': 'fps',
  'requests failed/s': 'fps',
  timestamp: 'timestamp',
  'user count': 'userCount',
  'total request count': 'totalRequests',
  'total failure count': 'totalFailures',
  'total median response time': 'totalMedian',
  'total average response time': 'totalAvg',
  'total min response time': 'totalMin',
  'total max response time': 'totalMax',
  'total average content size': 'totalSize',
  error: 'error',
  occurrences: 'occurrences',
  'first seen': 'firstSeen',
  'last seen': 'lastSeen',
  count: 'count',
  message: 'message',
  traceback: 'traceback',
  nodes: 'nodes',
};

export interface HeaderMap {
  /** Original header cells. */
  labels: string[];
  /** Column id -> cell index. */
  index: Partial<Record<ColumnId, number>>;
  /** Percentile key ("50", "99.9") -> cell index, in file order. */
  percentiles: [string, number][];
  /** Cells that are neither known columns nor percentiles. */
  unknown: string[];
  /** The header was written by Locust's hand-built writer (every cell quoted). */
  quoted: boolean;
  /** Labels of known columns or percentiles that appear a second time (ambiguous: refused). */
  duplicates: string[];
}

export function mapHeader(cells: string[], quoted: boolean): HeaderMap {
  const index: Partial<Record<ColumnId, number>> = {};
  const percentiles: [string, number][] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  cells.forEach((raw, i) => {
    const label = raw.trim();
    const id = ALIASES[label.toLowerCase()];
    if (id !== undefined) {
      if (index[id] === undefined) index[id] = i;
      else duplicates.push(label);
      return;
    }
    const key = percentileKeyFromLabel(label);
    if (key === null) unknown.push(label);
    else if (percentiles.some(([k]) => k === key)) duplicates.push(label);
    else percentiles.push([key, i]);
  });
  return { labels: cells, index, percentiles, unknown, quoted, duplicates };
}

export function has(map: HeaderMap, ...ids: ColumnId[]): boolean {
  return ids.every((id) => map.index[id] !== undefined);
}
