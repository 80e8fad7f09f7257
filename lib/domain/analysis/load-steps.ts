// One stepped run (users ramped 50 → 100 → 150 in one test) split into its load plateaus from the
// Aggregated history (locust-formats §3.2–3.3): exact counts from the cumulative counters, latency from the
// history's windowed percentiles (only where they are windows), and the steps as pseudo-runs for
// compareRuns. Pure, no I/O.
import { isoFromEpochS } from '../locust/time';
import type { EndpointStats, HistoryData, HistorySeries, ParsedRun, SeriesWindow } from '../locust/types';

/** One plateau of constant user count. Times in epoch s, rates per second, latencies in ms. */
export interface LoadStep {
  /** 1-based position among the run's plateaus. */ index: number;
  users: number;
  /** First and last history row at this user count; counts cover (startS, endS]. */ startS: number;
  endS: number;
  durationS: number;
  /** History rows in the step. */ rows: number;
  /** Total Request Count difference over the step; null when the history has no cumulative totals. */ requests:
    number | null;
  /** Total Failure Count difference over the step; null when unknown. */ failures: number | null;
  /** requests / durationS, req/s. */ rps: number | null;
  /** failures / durationS, per second. */ failuresPerS: number | null;
  /** failures / requests (0..1); null without requests. */ failureRate: number | null;
  /** False when a stats reset falls inside the step: requests between the row before it and the reset are lost,
   *  so counts are lower bounds. */
  countsExact: boolean;
  /** Epoch s of the rows where the totals restarted inside the step. */ resetsAtS: number[];
  /** Median over the step of the history's 50% / 95% / 99% window values, ms; null for cumulative histories. */ p50Ms:
    number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  /** What the history's percentile columns are (HistoryData.percentileWindow). */ latencyBasis: SeriesWindow;
  /** Rows whose window values fed the latency medians. */ latencyRows: number;
  /** What is exact and what is not, in words. */ notes: string[];
}

/** Seconds a window value looks back (locust-formats §9.2): rows earlier than this into a step still mix the
 *  previous load. */
export const WINDOW_S = 10;
const KEYS = ['50', '95', '99'] as const;

/** Index of the last row at or before `s` (before it when `strict`); rows are in time order; −1 when none. */
export function lastAtOrBefore(t: Float64Array, s: number, strict = false): number {
  let lo = 0;
  let hi = t.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? (t[mid] as number) < s : (t[mid] as number) <= s) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** Requests and failures in (fromS, toS] from a series' cumulative totals, restarting the base at resets. */
export function countBetween(
  s: HistorySeries,
  fromS: number,
  toS: number,
  resets: Set<number>,
): { requests: number; failures: number; resetsAtS: number[] } | null {
  const first = lastAtOrBefore(s.timestampsS, fromS);
  let prevR = first >= 0 ? (s.totalRequests[first] as number) : 0; // no row yet: the entry had no requests
  let prevF = first >= 0 ? (s.totalFailures[first] as number) : 0;
  if (Number.isNaN(prevR) || Number.isNaN(prevF) || s.timestampsS.length === 0) return null;
  let requests = 0;
  let failures = 0;
  const resetsAtS: number[] = [];
  for (let k = first + 1; k < s.timestampsS.length && (s.timestampsS[k] as number) <= toS; k++) {
    const r = s.totalRequests[k] as number;
    const f = s.totalFailures[k] as number;
    if (Number.isNaN(r) || Number.isNaN(f)) return null;
    const reset = r < prevR || f < prevF || resets.has(s.timestampsS[k] as number);
    if (reset) resetsAtS.push(s.timestampsS[k] as number);
    requests += reset ? r : r - prevR;
    failures += reset ? f : f - prevF;
    [prevR, prevF] = [r, f];
  }
  return { requests, failures, resetsAtS };
}

/** Median of the values (mean of the two middle ones for an even count); null when empty. */
export const median = (v: number[]): number | null => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Medians of the 50/95/99% window values from WINDOW_S after the step start; 0 = "no window yet"
 *  (locust-formats §3.3) is skipped. */
function windowLatency(
  s: HistorySeries,
  h: HistoryData,
  fromS: number,
  toS: number,
): { values: (number | null)[]; rows: number } {
  if (h.percentileWindow !== 'current-window') return { values: KEYS.map(() => null), rows: 0 };
  const t = s.timestampsS;
  let rows = 0;
  const values = KEYS.map((key) => {
    const col = s.percentiles[key];
    const picked: number[] = [];
    for (let k = lastAtOrBefore(t, fromS + WINDOW_S, true) + 1; col && k < t.length && (t[k] as number) <= toS; k++) {
      const v = col[k] as number;
      if (v > 0) picked.push(v);
    }
    rows = Math.max(rows, picked.length);
    return median(picked);
  });
  return { values, rows };
}

/** Every plateau of constant user count (> 0 users) lasting ≥ minStepS seconds (default 30), a single one included. */
export function loadPlateaus(run: Pick<ParsedRun, 'history'>, options: { minStepS?: number } = {}): LoadStep[] {
  const h = run.history;
  if (h === null) return [];
  const minStepS = options.minStepS ?? 30;
  const a = h.aggregated;
  const t = a.timestampsS;
  const u = a.userCount;
  const resets = new Set(h.resetsAtS);
  const steps: LoadStep[] = [];
  for (let i = 0; i < t.length;) {
    const users = u[i] as number;
    let j = i;
    while (j + 1 < t.length && u[j + 1] === users) j++;
    const [startS, endS] = [t[i] as number, t[j] as number];
    if (users > 0 && endS - startS >= minStepS)
      steps.push(stepOf(h, steps.length + 1, users, startS, endS, j - i + 1, resets));
    i = j + 1;
  }
  return steps;
}

function stepOf(
  h: HistoryData,
  index: number,
  users: number,
  startS: number,
  endS: number,
  rows: number,
  resets: Set<number>,
): LoadStep {
  const durationS = endS - startS;
  const counts = countBetween(h.aggregated, startS, endS, resets);
  const { values, rows: latencyRows } = windowLatency(h.aggregated, h, startS, endS);
  const notes: string[] = [];
  if (counts === null) notes.push('Requests and failures unknown: this history has no cumulative totals.');
  else if (counts.resetsAtS.length === 0)
    notes.push('Requests and failures are exact: differences of the cumulative counters over the step.');
  else
    notes.push(
      `Statistics were reset inside the step (${counts.resetsAtS.map((r) => `${r - startS} s`).join(', ')} in): ` +
        'requests between the row before a reset and the reset are not counted, so counts and rates are lower bounds.',
    );
  if (h.percentileWindow === 'cumulative')
    notes.push(
      "Latency unknown per step: this history's percentiles are cumulative since the start (or last reset), " +
        'so they mix earlier steps.',
    );
  else
    notes.push(
      `Latency is the median of Locust's ~10 s window percentiles over ${latencyRows} history rows from ` +
        `${WINDOW_S} s into the step: a typical window's value, not a percentile of all the step's requests.`,
    );
  const requests = counts?.requests ?? null;
  const failures = counts?.failures ?? null;
  const perS = (n: number | null) => (n === null || durationS <= 0 ? null : n / durationS);
  return {
    index,
    users,
    startS,
    endS,
    durationS,
    rows,
    requests,
    failures,
    rps: perS(requests),
    failuresPerS: perS(failures),
    failureRate: requests === null || failures === null || requests === 0 ? null : failures / requests,
    countsExact: counts !== null && counts.resetsAtS.length === 0,
    resetsAtS: counts?.resetsAtS ?? [],
    p50Ms: values[0] ?? null,
    p95Ms: values[1] ?? null,
    p99Ms: values[2] ?? null,
    latencyBasis: h.percentileWindow,
    latencyRows,
    notes,
  };
}

/** Load steps of a stepped run; [] when the run has no history or fewer than two plateaus. */
export function splitIntoSteps(run: Pick<ParsedRun, 'history'>, options: { minStepS?: number } = {}): LoadStep[] {
  const steps = loadPlateaus(run, options);
  return steps.length >= 2 ? steps : [];
}

function statsOf(
  method: string | null,
  name: string,
  requests: number,
  failures: number,
  durationS: number,
  p: (number | null)[],
): EndpointStats {
  return {
    method,
    name,
    requests,
    failures,
    medianMs: p[0] ?? null,
    avgMs: null,
    minMs: null,
    maxMs: null,
    avgSizeBytes: null,
    rps: durationS > 0 ? requests / durationS : null,
    failuresPerS: durationS > 0 ? failures / durationS : null,
    percentiles: { '50': p[0] ?? null, '95': p[1] ?? null, '99': p[2] ?? null },
  };
}

/**
 * Steps as pseudo-runs for compareRuns, labelled "N users (step k)". Exact: requests, failures and
 * their per-second rates (counter differences over the step; lower bounds across a reset). Approximate:
 * percentiles and medianMs (medians of window values, null for cumulative histories). Unknown (null):
 * avg/min/max/size. Endpoints only from a full history, else []; failures, exceptions and history are
 * empty (the files are whole-run). Steps without counts are left out.
 */
export function stepsAsRuns(run: ParsedRun, steps: LoadStep[]): ParsedRun[] {
  const h = run.history;
  return steps.flatMap((s) => {
    if (h === null || s.requests === null || s.failures === null) return [];
    const resets = new Set(h.resetsAtS);
    const warnings = [...s.notes];
    const endpoints = (h.fullHistory ? h.endpoints : []).flatMap((e) => {
      const c = countBetween(e, s.startS, s.endS, resets);
      if (c === null) warnings.push(`${e.method ?? ''} ${e.name}: no counts in this step`.trim());
      return c === null
        ? []
        : [
            statsOf(
              e.method,
              e.name,
              c.requests,
              c.failures,
              s.durationS,
              windowLatency(e, h, s.startS, s.endS).values,
            ),
          ];
    });
    return [
      {
        meta: {
          ...run.meta,
          label: `${s.users} users (step ${s.index})`,
          userCount: s.users,
          startTime: isoFromEpochS(s.startS),
          endTime: isoFromEpochS(s.endS),
          durationS: s.durationS,
        },
        files: run.files,
        aggregated: statsOf(null, 'Aggregated', s.requests, s.failures, s.durationS, [s.p50Ms, s.p95Ms, s.p99Ms]),
        endpoints,
        failures: [],
        exceptions: [],
        history: null,
        transactions: [],
        warnings,
      },
    ];
  });
}
