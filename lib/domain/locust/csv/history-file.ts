// `_stats_history.csv` (locust-formats §3): one row per tick (Aggregated only), or per entry then Aggregated
// with `--csv-full-history`. Percentile columns are current-window or cumulative by era (3.3).
import type { FileResult, HistoryData, HistorySeries, SeriesWindow } from '../types';
import type { CsvClass } from './classify';
import type { RowCells } from './cells';
import type { ColumnId } from './columns';
import type { CsvConsumer } from './consumer';
import { SeriesBuilder } from './series-builder';
import { clipForMessage } from '../errors';
import { compareVersions } from '../versions';
import { isoFromEpochS } from '../time';

/** Column ids feeding SERIES_FIELDS, in order; 0.13.3-0.14.6 cumulative columns lack "Total". */
const FIELD_SOURCES: ColumnId[][] = [
  ['timestamp'],
  ['userCount'],
  ['rps'],
  ['fps'],
  ['totalRequests', 'requests'],
  ['totalFailures', 'failures'],
  ['totalMedian', 'median'],
  ['totalAvg', 'avg'],
  ['totalMin', 'min'],
  ['totalMax', 'max'],
  ['totalSize', 'size'],
];

export function createHistoryConsumer(cls: CsvClass, row: RowCells): CsvConsumer {
  const header = row.header;
  const width = header.labels.length;
  const percentileKeys = header.percentiles.map(([k]) => k);
  // Cell index feeding each SeriesBuilder column (-1: the era lacks it).
  const sources = Int32Array.from([
    ...FIELD_SOURCES.map((ids) => ids.map((id) => header.index[id]).find((i) => i !== undefined) ?? -1),
    ...header.percentiles.map(([, i]) => i),
  ]);
  const firstPercentile = FIELD_SOURCES.length;
  const typeIndex = header.index.type ?? -1;
  const nameIndex = header.index.name ?? -1;
  const seriesByName = new Map<string, SeriesBuilder[]>();
  const order: SeriesBuilder[] = [];
  let points = 0;
  let badLine: number | null = null;
  let zeroWindowRows = 0;

  let nextGuess = 0;
  function seriesFor(type: string, name: string): SeriesBuilder {
    // Full-history rows cycle through the same entries every tick: try the expected one first.
    const guess = order[nextGuess];
    if (guess !== undefined && guess.name === name && guess.typeCell === type) {
      nextGuess = nextGuess + 1 === order.length ? 0 : nextGuess + 1;
      return guess;
    }
    const found = lookup(type, name);
    nextGuess = (found.orderIndex + 1) % order.length;
    return found;
  }

  function lookup(type: string, name: string): SeriesBuilder {
    let list = seriesByName.get(name);
    if (list === undefined) {
      list = [];
      seriesByName.set(name, list);
    }
    for (let i = 0; i < list.length; i++)
      if ((list[i] as SeriesBuilder).typeCell === type) return list[i] as SeriesBuilder;
    const s = new SeriesBuilder(type === '' || type === 'None' ? null : type, type, name, percentileKeys);
    s.orderIndex = order.length;
    list.push(s);
    order.push(s);
    return s;
  }

  return {
    row() {
      if (badLine !== null) throw row.error(`row at line ${badLine} has ${width} cells expected`);
      const cells = row.cells;
      if (cells.length !== width) {
        badLine = row.line; // tolerated only as the cut-off last row of a file still being written
        return;
      }
      const s = seriesFor(
        typeIndex >= 0 ? (cells[typeIndex] as string) : '',
        nameIndex >= 0 ? (cells[nameIndex] as string) : '',
      );
      const at = s.nextIndex();
      const cols = s.cols;
      // A cell equal to the same series' previous cell repeats its value: most columns of a
      // long history change rarely (min, size, users, zero failure rates), and conversion dominates.
      const prev = s.prevCells;
      s.prevCells = cells;
      let allZero = sources.length > firstPercentile;
      for (let k = 0; k < sources.length; k++) {
        const i = sources[k] as number;
        const col = cols[k] as Float64Array;
        let v = NaN;
        if (i >= 0) {
          const c = cells[i] as string;
          if (prev !== null && c === prev[i]) v = s.previous(k, at);
          else {
            // Hot path: a plain number. `+` maps '' and blanks to 0, so a 0 not ending in '0' is re-read.
            v = +c;
            if (v !== v || (v === 0 && c.charCodeAt(c.length - 1) !== 48)) v = row.numAt(i, '') ?? NaN;
          }
        }
        col[at] = v;
        if (k >= firstPercentile && v !== 0) allZero = false;
      }
      const t = cols[0] as Float64Array;
      if (at > 0 && (t[at] as number) < (t[at - 1] as number)) {
        // Rows are written in time order; an earlier one means two files joined, or a clock set back.
        throw row.error(
          `timestamp ${t[at]} is earlier than the previous row's of "${clipForMessage(s.name)}" (${t[at - 1]}): ` +
            'rows must be in time order (two histories joined in one file, or a clock set back?)',
        );
      }
      if (allZero && (cols[4] as Float64Array)[at]! > 0) zeroWindowRows++;
      points++;
    },
    finish(info): FileResult {
      const warnings: string[] = [];
      if (badLine !== null) warnings.push(`${info.name}: last row (line ${badLine}) is cut off and was ignored`);
      const isTotal = (s: SeriesBuilder) => s.name === 'Aggregated' && s.method === null;
      const totals = order.filter(isTotal);
      if (points > 0 && totals.length === 0) throw row.error('no Aggregated rows in the history');
      const aggregated = (
        totals[totals.length - 1] ?? new SeriesBuilder(null, '', 'Aggregated', percentileKeys)
      ).build();
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
        resetsAtS: historyResets(aggregated),
      };
      if (history.resetsAtS.length > 0) {
        warnings.push(
          `${info.name}: statistics were reset ${history.resetsAtS.length} time(s) mid-file; totals restart there`,
        );
      }
      return { info: { ...info, rows: points }, history, meta: historyMeta([aggregated, ...endpoints]), warnings };
    },
  };
}

function percentileWindow(
  cls: CsvClass,
  full: boolean,
  zeroWindowRows: number,
): { window: SeriesWindow; note: string } {
  const rates = 'Requests/s and Failures/s are current (~10 s window) rates.';
  if (compareVersions(cls.versions.max, '1.1.1') <= 0) {
    return { window: 'current-window', note: `Percentiles are over the last ~10 s (Locust ≤1.1.1). ${rates}` };
  }
  if (!full)
    return {
      window: 'cumulative',
      note: `Percentiles are cumulative over the run (Locust 1.2+ without --csv-full-history). ${rates}`,
    };
  if (zeroWindowRows > 0) {
    return {
      window: 'current-window',
      note: `Percentiles are over the last ~10 s (Locust 2.2.2+ with --csv-full-history; 0 = no window yet). ${rates}`,
    };
  }
  return {
    window: 'cumulative',
    note:
      'Percentiles are cumulative (Locust 1.2–2.2.1 with --csv-full-history); if the run came from 2.2.2+ they are ' +
      `~10 s windows. ${rates}`,
  };
}

/** Epoch seconds where the cumulative request count fell (a stats reset). */
export function historyResets(s: HistorySeries): number[] {
  const out: number[] = [];
  const t = s.totalRequests;
  for (let i = 1; i < t.length; i++) {
    if ((t[i] as number) < (t[i - 1] as number)) out.push(s.timestampsS[i] as number);
  }
  return out;
}

/** Peak users and first/last timestamps over every row (a file may be cut mid-tick). */
export function historyMeta(all: HistorySeries[]): FileResult['meta'] {
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
    startTime: isoFromEpochS(first),
    endTime: isoFromEpochS(last),
    durationS: last - first,
  };
}
