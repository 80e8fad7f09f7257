// Joins the results of parsing consecutive parts of one `_stats_history.csv` (each part parsed
// with the header in front) into the result of parsing the whole file.
import type { FileResult, HistoryData, HistorySeries } from '../types';
import { historyMeta, historyResets } from './history-file';

const COLUMNS = [
  'timestampsS',
  'userCount',
  'rps',
  'failuresPerS',
  'totalRequests',
  'totalFailures',
  'totalMedianMs',
  'totalAvgMs',
  'totalMinMs',
  'totalMaxMs',
  'totalAvgSizeBytes',
] as const;

export function mergeHistoryParts(parts: FileResult[]): FileResult {
  const first = parts[0];
  if (first === undefined) throw new RangeError('no parts');
  if (parts.length === 1) return first;
  const histories = parts.map((p) => p.history).filter((h): h is HistoryData => h !== undefined);
  const TOTAL = '\u0000total';
  const bySeries = new Map<string, HistorySeries[]>();
  for (const h of histories) {
    for (const s of [h.aggregated, ...h.endpoints]) {
      const key = s === h.aggregated ? TOTAL : `${s.method ?? ''}\u0001${s.name}`;
      const list = bySeries.get(key) ?? [];
      list.push(s);
      bySeries.set(key, list);
    }
  }
  const aggregated = concatSeries(bySeries.get(TOTAL) ?? []);
  const endpoints = [...bySeries].filter(([k]) => k !== TOTAL).map(([, list]) => concatSeries(list));
  const windowed = histories.find((h) => h.percentileWindow === 'current-window') ?? (histories[0] as HistoryData);
  const history: HistoryData = {
    ...windowed,
    points: histories.reduce((a, h) => a + h.points, 0),
    fullHistory: histories.some((h) => h.fullHistory),
    aggregated,
    endpoints,
    resetsAtS: historyResets(aggregated),
  };
  const last = parts[parts.length - 1] as FileResult;
  const rows = parts.reduce((a, p) => a + (p.info.rows ?? 0), 0);
  // Only the last part can end with a cut-off row; reset counts are recomputed from the whole.
  const warnings = [
    ...new Set(
      parts.flatMap((p, i) =>
        p.warnings.filter((w) => !/reset \d+ time/.test(w) && (i === parts.length - 1 || !/cut off/.test(w))),
      ),
    ),
  ];
  if (history.resetsAtS.length > 0)
    warnings.push(
      `${first.info.name}: statistics were reset ${history.resetsAtS.length} time(s) mid-file; totals restart there`,
    );
  return { ...last, info: { ...first.info, rows }, history, meta: historyMeta([aggregated, ...endpoints]), warnings };
}

function concatSeries(list: HistorySeries[]): HistorySeries {
  const head = list[0];
  if (head === undefined) throw new RangeError('a history part without an Aggregated series');
  if (list.length === 1) return head;
  const cat = (cols: Float64Array[]) => {
    const out = new Float64Array(cols.reduce((a, c) => a + c.length, 0));
    let at = 0;
    for (const c of cols) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  const out = { ...head, percentiles: {} as Record<string, Float64Array> };
  for (const name of COLUMNS) out[name] = cat(list.map((s) => s[name]));
  for (const key of Object.keys(head.percentiles)) {
    out.percentiles[key] = cat(list.map((s) => s.percentiles[key] as Float64Array));
  }
  return out;
}
