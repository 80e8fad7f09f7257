// `_stats_history.csv` (SPEC 3): one row per tick (Aggregated only), or per entry then Aggregated
// with `--csv-full-history`. Percentile columns are current-window or cumulative by era (3.3).
import type { FileResult, HistoryData, HistorySeries, SeriesWindow } from '../types';
import type { CsvClass } from './classify';
import type { RowCells } from './cells';
import type { ColumnId } from './columns';
import type { CsvConsumer } from './consumer';
import { SeriesBuilder } from './series-builder';
import { compareVersions } from '../versions';

/** Column ids feeding SERIES_FIELDS, in order; 0.13.3-0.14.6 cumulative columns lack "Total". */
const FIELD_SOURCES: ColumnId[][] = [
  ['timestamp'], ['userCount'], ['rps'], ['fps'],
  ['totalRequests', 'requests'], ['totalFailures', 'failures'], ['totalMedian', 'median'], ['totalAvg', 'avg'],
  ['totalMin', 'min'], ['totalMax', 'max'], ['totalSize', 'size'],
];

export function createHistoryConsumer(cls: CsvClass, row: RowCells): CsvConsumer {
  const header = row.header;
  const width = header.labels.length;
  const fieldIndexes = FIELD_SOURCES.map((ids) => ids.map((id) => header.index[id]).find((i) => i !== undefined) ?? -1);
  const percentileKeys = header.percentiles.map(([k]) => k);
  const percentileIndexes = header.percentiles.map(([, i]) => i);
  const typeIndex = header.index.type ?? -1;
  const nameIndex = header.index.name ?? -1;
  const series = new Map<string, SeriesBuilder>();
  const order: SeriesBuilder[] = [];
  let points = 0;
  let badLine: number | null = null;
  let zeroWindowRows = 0;

  return {
    row() {
      if (badLine !== null) throw row.error(`row at line ${badLine} has ${width} cells expected`);
      const cells = row.cells;
      if (cells.length !== width) {
        badLine = row.line; // tolerated only as the cut-off last row of a file still being written
        return;
      }
      const type = typeIndex >= 0 ? (cells[typeIndex] as string) : '';
      const name = nameIndex >= 0 ? (cells[nameIndex] as string) : '';
      const key = type + '\u0001' + name;
      let s = series.get(key);
      if (s === undefined) {
        s = new SeriesBuilder(type === '' || type === 'None' ? null : type, name, percentileKeys);
        series.set(key, s);
        order.push(s);
      }
      const at = s.nextIndex();
      for (let f = 0; f < fieldIndexes.length; f++) {
        const i = fieldIndexes[f] as number;
        (s.fields[f] as Float64Array)[at] = i < 0 ? NaN : (row.numAt(i, '') ?? NaN);
      }
      let allZero = percentileIndexes.length > 0;
      for (let p = 0; p < percentileIndexes.length; p++) {
        const v = row.numAt(percentileIndexes[p] as number, '') ?? NaN;
        (s.percentileColumns[p] as Float64Array)[at] = v;
        if (v !== 0) allZero = false;
      }
      if (allZero && (s.fields[4] as Float64Array)[at]! > 0) zeroWindowRows++;
      points++;
    },
    finish(info): FileResult {
      const warnings: string[] = [];
      if (badLine !== null) warnings.push(`${info.name}: last row (line ${badLine}) is cut off and was ignored`);
      const isTotal = (s: SeriesBuilder) => s.name === 'Aggregated' && s.method === null;
      const totals = order.filter(isTotal);
      if (points > 0 && totals.length === 0) throw row.error('no Aggregated rows in the history');
      const aggregated = (totals[totals.length - 1] ?? new SeriesBuilder(null, 'Aggregated', percentileKeys)).build();
      const endpoints = order.filter((s) => !isTotal(s)).map((s) => s.build());
      const fullHistory = endpoints.length > 0;
      const { window, note } = percentileWindow(cls, fullHistory, zeroWindowRows);
      const history: HistoryData = {
        source: 'csv',
        points,
        percentileWindow: window,
        semanticsNote: note,
        fullHistory,
        aggregated,
        endpoints,
        resetsAtS: resetsOf(aggregated),
      };
      if (history.resetsAtS.length > 0) {
        warnings.push(`${info.name}: statistics were reset ${history.resetsAtS.length} time(s) mid-file; totals restart there`);
      }
      return { info: { ...info, rows: points }, history, meta: metaOf([aggregated, ...endpoints]), warnings };
    },
  };
}

function percentileWindow(cls: CsvClass, full: boolean, zeroWindowRows: number): { window: SeriesWindow; note: string } {
  const rates = 'Requests/s and Failures/s are current (~10 s window) rates.';
  if (compareVersions(cls.versions.max, '1.1.1') <= 0) {
    return { window: 'current-window', note: `Percentiles are over the last ~10 s (Locust ≤1.1.1). ${rates}` };
  }
  if (!full) return { window: 'cumulative', note: `Percentiles are cumulative over the run (Locust 1.2+ without --csv-full-history). ${rates}` };
  if (zeroWindowRows > 0) {
    return { window: 'current-window', note: `Percentiles are over the last ~10 s (Locust 2.2.2+ with --csv-full-history; 0 = no window yet). ${rates}` };
  }
  return {
    window: 'cumulative',
    note: `Percentiles are cumulative (Locust 1.2–2.2.1 with --csv-full-history); if the run came from 2.2.2+ they are ~10 s windows. ${rates}`,
  };
}

function resetsOf(s: HistorySeries): number[] {
  const out: number[] = [];
  const t = s.totalRequests;
  for (let i = 1; i < t.length; i++) {
    if ((t[i] as number) < (t[i - 1] as number)) out.push(s.timestampsS[i] as number);
  }
  return out;
}

/** Peak users and first/last timestamps over every row (a file may be cut mid-tick). */
function metaOf(all: HistorySeries[]): FileResult['meta'] {
  let peak: number | null = null;
  for (const s of all) for (const u of s.userCount) if (!Number.isNaN(u) && (peak === null || u > peak)) peak = u;
  let first = Infinity;
  let last = -Infinity;
  for (const series of all) {
    const t = series.timestampsS;
    if (t.length === 0) continue;
    first = Math.min(first, t[0] as number);
    last = Math.max(last, t[t.length - 1] as number);
  }
  if (first === Infinity) return {};
  return {
    userCount: peak,
    startTime: new Date(first * 1000).toISOString(),
    endTime: new Date(last * 1000).toISOString(),
    durationS: last - first,
  };
}
