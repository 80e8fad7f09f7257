// Normalized model of one Locust run. Units: times in milliseconds, sizes in bytes,
// rates per second, timestamps as ISO-8601 UTC strings or Unix epoch seconds where named `...S`.
// Unknown values are `null`, never 0.
import type { RunProvenance } from './provenance';

/** Percentile label without `%` ("50", "99.9", "57") -> value in ms (null = no data). */
export type PercentilesMs = Record<string, number | null>;

export interface EndpointStats {
  /** Request method or custom request_type; null on the Aggregated row and when unknown. */
  method: string | null;
  name: string;
  /** All requests, failed ones included. */
  requests: number;
  failures: number;
  medianMs: number | null;
  avgMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  avgSizeBytes: number | null;
  /** Whole-run rate, per second. */
  rps: number | null;
  failuresPerS: number | null;
  percentiles: PercentilesMs;
}

export interface FailureEntry {
  method: string | null;
  name: string;
  /** Error text as written, with one layer of double-repr quoting removed (see locust-formats §4.2). */
  error: string;
  occurrences: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ExceptionEntry {
  count: number;
  message: string;
  traceback: string;
  nodes: string;
}

export type FileKind =
  | 'stats'
  | 'requests'
  | 'distribution'
  | 'history'
  | 'failures'
  | 'exceptions'
  | 'html'
  | 'json'
  | 'stats-requests-json'
  | 'transactions-summary';

/** What one time-series percentile/rate column means (locust-formats §3.3, 6.8). */
export type SeriesWindow = 'current-window' | 'cumulative';

/**
 * A numeric time-series column. Float64Array keeps a million-row history compact;
 * NaN marks "unknown" (null at every API boundary: use `columnValues`).
 */
export type NumericColumn = Float64Array;

/** One series of history rows for one entry (or the Aggregated row). Columns share indexes. */
export interface HistorySeries {
  method: string | null;
  name: string;
  /** Unix epoch seconds. */
  timestampsS: NumericColumn;
  /** NaN where the format has no user count. */
  userCount: NumericColumn;
  /** Current-window rates (per second). */
  rps: NumericColumn;
  failuresPerS: NumericColumn;
  /** Percentile label -> values in ms; window given by HistoryData.percentileWindow. */
  percentiles: Record<string, NumericColumn>;
  /** Cumulative since the last stats reset; NaN where the format lacks the column. */
  totalRequests: NumericColumn;
  totalFailures: NumericColumn;
  totalMedianMs: NumericColumn;
  totalAvgMs: NumericColumn;
  totalMinMs: NumericColumn;
  totalMaxMs: NumericColumn;
  totalAvgSizeBytes: NumericColumn;
}

export interface HistoryData {
  source: 'csv' | 'html';
  /** Rows (CSV) or points (HTML) read, all series together. */
  points: number;
  percentileWindow: SeriesWindow;
  /** Percentile window is ambiguous for some eras; this explains it. */
  semanticsNote: string;
  fullHistory: boolean;
  aggregated: HistorySeries;
  endpoints: HistorySeries[];
  /** Epoch seconds at which cumulative totals fell back (a stats reset mid-file). */
  resetsAtS: number[];
}

/** An inclusive Locust version range inferred from file content. */
export interface VersionRange {
  min: string;
  max: string;
}

export interface ParsedFileInfo {
  name: string;
  kind: FileKind;
  /** Human description of the format era, e.g. "stats.csv 1.2-2.43.3". */
  format: string;
  versions: VersionRange;
  /** WHATWG encoding name the file was decoded with, e.g. "utf-8", "euc-kr". */
  encoding: string;
  /**
   * 0–1: 1 for a BOM, valid UTF-8 or an encoding the user chose; else the detector's confidence
   * (a run warning names files below 0.8). null: not recorded (a stored run keeps only `encoding`).
   */
  encodingConfidence: number | null;
  rows: number | null;
}

/** `RunProvenance` fields (provenance.ts): absent (or null) when no uploader said them. */
export interface RunMeta extends Partial<RunProvenance> {
  label: string | null;
  /** Peak `User Count` of the history where present, else the report's, else null. */
  userCount: number | null;
  /** Users started per second; Locust's outputs never record it, so only a user can say. */
  spawnRate: number | null;
  startTime: string | null;
  endTime: string | null;
  durationS: number | null;
  host: string | null;
  locustfile: string | null;
  /** A version (when the file says) or the inferred range, e.g. "1.2–2.43.3". */
  locustVersion: string | null;
  /** The build of the system under test (a commit, a release), when someone gave it; absent: null. Runs of
   *  different builds are never fitted on one scaling curve. Locust's files never say it. */
  build?: string | null;
}

export interface ParsedRun {
  meta: RunMeta;
  files: ParsedFileInfo[];
  aggregated: EndpointStats;
  endpoints: EndpointStats[];
  failures: FailureEntry[];
  exceptions: ExceptionEntry[];
  history: HistoryData | null;
  /** locust-plugins transaction groups (transactions_summary.csv), exact unbucketed values. */
  transactions: EndpointStats[];
  /** Human-readable notes about inconsistencies or lossy input. */
  warnings: string[];
}

/** What one input file contributed to a run; assembled into a ParsedRun. */
export interface FileResult {
  info: ParsedFileInfo;
  stats?: { aggregated: EndpointStats | null; endpoints: EndpointStats[] };
  failures?: FailureEntry[];
  exceptions?: ExceptionEntry[];
  transactions?: EndpointStats[];
  history?: HistoryData;
  meta?: Partial<RunMeta>;
  warnings: string[];
}
