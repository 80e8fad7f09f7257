// The whole ParsedRun recomputed over its steady-state window (steady-window.ts), so every analysis
// (compareRuns, criteria, Markdown) runs on it unchanged: the same shapes, computed over the window.
// What is exact and what is not goes into the notes (and the run's warnings). Pure, no I/O.
import { isoFromEpochS } from '../locust/time';
import type { EndpointStats, HistoryData, HistorySeries, ParsedRun } from '../locust/types';
import {
  aggregatedCounts,
  SETTLE_S,
  seriesCounts,
  steadyWindow,
  windowMax,
  windowMedian,
  type SteadyWindow,
  type WindowCounts,
} from './steady-window';

export type SteadyRunResult = { run: ParsedRun; notes: string[] } | { run: null; reason: string };

const key = (method: string | null, name: string) => `${method ?? ''} ${name}`;

/** Row range of a series inside the window's time range [start, end] (endpoint series may start later). */
function rowRange(s: HistorySeries, w: SteadyWindow, aggregated: boolean): [number, number] {
  if (aggregated) return [w.startIdx, w.endIdx];
  const t = s.timestampsS;
  let from = -1; // the last row at or before the start: counts and window medians run over (from, to]
  let to = -1;
  for (let k = 0; k < t.length; k++) {
    if ((t[k] as number) <= w.startEpochS) from = k;
    if ((t[k] as number) <= w.endEpochS) to = k;
  }
  return [from, to];
}

/** Average over the window from the cumulative average × count at both ends; null across a reset. */
function windowAverage(
  avg: Float64Array,
  total: Float64Array,
  range: [number, number],
  c: WindowCounts,
): number | null {
  const [from, to] = range;
  if (!c.exact || c.requests <= 0 || to < 0) return null;
  const sum = (k: number) => (k < 0 ? 0 : (avg[k] as number) * (total[k] as number));
  const v = (sum(to) - sum(from)) / c.requests;
  return Number.isFinite(v) ? v : null;
}

/** One entry's figures over the window. Latency only from window percentiles; counts from the counters. */
interface Over {
  h: HistoryData;
  w: SteadyWindow;
  durationS: number;
}

function statsOver(
  base: EndpointStats,
  s: HistorySeries | undefined,
  aggregated: boolean,
  { h, w, durationS }: Over,
): EndpointStats {
  const counts = s === undefined ? null : aggregated ? aggregatedCounts(h, w) : seriesCounts(s, h, w);
  const c = counts ?? { requests: 0, failures: 0, exact: true }; // no series: no row, so no request before the last row
  const [from, to] = s === undefined ? [-1, -1] : rowRange(s, w, aggregated);
  const windows = h.percentileWindow === 'current-window' && s !== undefined && c.requests > 0;
  const keys = new Set([...Object.keys(base.percentiles), ...(s ? Object.keys(s.percentiles) : [])]);
  const percentiles = Object.fromEntries(
    [...keys].map((k) => [k, windows ? windowMedian(s.percentiles[k], from, to) : null]),
  );
  // The counters' maximum is the window's exact max when it rose inside it (or the entry began inside it).
  const maxRose =
    s !== undefined &&
    c.exact &&
    c.requests > 0 &&
    to >= 0 &&
    (from < 0 ? Number.isFinite(s.totalMaxMs[to]) : (s.totalMaxMs[to] as number) > (s.totalMaxMs[from] as number));
  const windowMaxMs = windows ? windowMax(s.percentiles['100'], from, to) : null;
  const maxMs = s === undefined ? null : maxRose ? (s.totalMaxMs[to] as number) : windowMaxMs;
  return {
    method: base.method,
    name: base.name,
    requests: c.requests,
    failures: c.failures,
    medianMs: percentiles['50'] ?? null,
    avgMs: s === undefined ? null : windowAverage(s.totalAvgMs, s.totalRequests, [from, to], c),
    minMs: null,
    maxMs,
    avgSizeBytes: s === undefined ? null : windowAverage(s.totalAvgSizeBytes, s.totalRequests, [from, to], c),
    rps: c.requests / durationS,
    failuresPerS: c.failures / durationS,
    percentiles,
  };
}

/** Views, not copies (a million-row history would be copied whole): series columns are never written after parsing. */
function sliceSeries(s: HistorySeries, from: number, to: number): HistorySeries {
  const cut = (col: Float64Array) => col.subarray(from, to + 1);
  const percentiles = Object.fromEntries(Object.entries(s.percentiles).map(([k, col]) => [k, cut(col)]));
  return {
    method: s.method,
    name: s.name,
    timestampsS: cut(s.timestampsS),
    userCount: cut(s.userCount),
    rps: cut(s.rps),
    failuresPerS: cut(s.failuresPerS),
    percentiles,
    totalRequests: cut(s.totalRequests),
    totalFailures: cut(s.totalFailures),
    totalMedianMs: cut(s.totalMedianMs),
    totalAvgMs: cut(s.totalAvgMs),
    totalMinMs: cut(s.totalMinMs),
    totalMaxMs: cut(s.totalMaxMs),
    totalAvgSizeBytes: cut(s.totalAvgSizeBytes),
  };
}

/** The history's rows from the window's start row to its end row, every series. */
function sliceHistory(h: HistoryData, w: SteadyWindow): HistoryData {
  const aggregated = sliceSeries(h.aggregated, w.startIdx, w.endIdx);
  const endpoints = h.endpoints.map((s) => {
    const [before, to] = rowRange(s, w, false);
    const from = before >= 0 && s.timestampsS[before] === w.startEpochS ? before : before + 1;
    return sliceSeries(s, from, to);
  });
  const points = [aggregated, ...endpoints].reduce((n, s) => n + s.timestampsS.length, 0);
  const resetsAtS = h.resetsAtS.filter((r) => r >= w.startEpochS && r <= w.endEpochS);
  return { ...h, points, aggregated, endpoints, resetsAtS };
}

const NO_COUNTS =
  'no steady state: the history has no cumulative request counts (as from an HTML report),' +
  ' so counts over the window are unknown';

/** What the steady run's figures are, in words (also appended to its warnings). */
function notesOf(w: SteadyWindow, h: HistoryData, countsExact: boolean, perEndpoint: boolean): string[] {
  const durationS = w.endS - w.startS;
  return [
    `Steady state: ${w.userCount} users from ${w.startS} s to ${w.endS} s of the history (${durationS} s; ramp-up,` +
      ` the first ${SETTLE_S} s at full load and ramp-down left out).`,
    countsExact
      ? 'Requests, failures and their rates are exact: differences of the cumulative counters over the window.'
      : 'Statistics were reset inside the window: requests between the row before a reset and the reset are not' +
        ' counted, so counts and rates are lower bounds.',
    h.percentileWindow === 'current-window'
      ? 'Percentiles and medians are approximate: the median over the window of Locust’s ~10 s window values, not' +
        ' percentiles of all its requests; max is the counters’ maximum where it rose inside the window, else the' +
        ' largest window maximum; min is unknown; averages come from the cumulative averages and counts.'
      : 'Percentiles and medians are unknown over the window: this history’s percentiles are cumulative since the' +
        ' start, so they mix in the ramp-up; averages come from the cumulative averages and counts.',
    perEndpoint
      ? 'Per-endpoint figures are over the window too (the history has every endpoint’s series).'
      : `Per-endpoint figures are whole-run: ${
          h.fullHistory
            ? 'the endpoint series were not loaded'
            : 'the history has only the Aggregated series (no --csv-full-history)'
        }.`,
    'Failure messages, exceptions and transactions are whole-run: Locust writes them once per run.',
  ];
}

/** Why the run has no steady-state run (steadyRun would give `{ run: null, reason }`), or null: cheap. */
export function steadyUnavailable(run: Pick<ParsedRun, 'history'>): string | null {
  const { window: w, reason } = steadyWindow(run);
  if (w === null || run.history === null) return reason ?? 'no steady state: no history';
  return aggregatedCounts(run.history, w) === null ? NO_COUNTS : null;
}

/** The run over its steady-state window, with notes on what is exact; or why it has none. */
export function steadyRun(run: ParsedRun): SteadyRunResult {
  const { window: w, reason } = steadyWindow(run);
  const h = run.history;
  if (w === null || h === null) return { run: null, reason: reason ?? 'no steady state: no history' };
  const counts = aggregatedCounts(h, w);
  if (counts === null) return { run: null, reason: NO_COUNTS };
  const durationS = w.endS - w.startS;
  const series = new Map(h.endpoints.map((s) => [key(s.method, s.name), s]));
  // A stored run's history comes without endpoint series unless they are loaded: then, as without a full history.
  const perEndpoint = h.fullHistory && h.endpoints.length > 0;
  const endpoints = perEndpoint
    ? run.endpoints.map((e) => statsOver(e, series.get(key(e.method, e.name)), false, { h, w, durationS }))
    : run.endpoints;
  const notes = notesOf(w, h, counts.exact, perEndpoint);
  const aggregated = statsOver(run.aggregated, h.aggregated, true, { h, w, durationS });
  return {
    run: {
      ...run,
      meta: {
        ...run.meta,
        userCount: w.userCount,
        durationS,
        startTime: isoFromEpochS(w.startEpochS),
        endTime: isoFromEpochS(w.endEpochS),
      },
      aggregated,
      endpoints,
      history: sliceHistory(h, w),
      warnings: [...run.warnings, ...notes],
    },
    notes,
  };
}
