// Human names for what the import layer detected: file kinds, Locust eras, run summaries.
import { encodingDisplayName, ENCODING_WARN_BELOW } from '../../domain/locust/text/encodings';
import type { FileKind, ParsedRun, VersionRange } from '../../domain/locust/types';

export interface PreviewRun {
  key: string;
  /** The run's own label (file prefix, or "<report> (HTML report)"). */
  label: string;
  userCount: number | null;
  durationS: number | null;
  requests: number;
  failures: number;
  /** Fraction; null without requests. */
  failureRate: number | null;
  rps: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  locustVersion: string | null;
  host: string | null;
  startTime: string | null;
  fileNames: string[];
  warnings: string[];
}

const KIND_LABELS: Record<FileKind, string> = {
  stats: 'Statistics',
  requests: 'Statistics (old)',
  distribution: 'Percentiles (old)',
  history: 'Stats history',
  failures: 'Failures',
  exceptions: 'Exceptions',
  html: 'HTML report',
  json: 'JSON output',
  'stats-requests-json': 'Web UI snapshot',
  'transactions-summary': 'Transactions',
};

export function describeKind(kind: FileKind): string {
  return KIND_LABELS[kind];
}

/** "Locust 2.32.2" or "Locust 1.2 – 2.46.3". */
export function describeVersions(v: VersionRange): string {
  return v.min === v.max ? `Locust ${v.min}` : `Locust ${v.min} – ${v.max}`;
}

export function summarizeRun(key: string, run: ParsedRun): PreviewRun {
  const { aggregated: agg, meta } = run;
  return {
    key,
    label: meta.label ?? key,
    userCount: meta.userCount,
    durationS: meta.durationS,
    requests: agg.requests,
    failures: agg.failures,
    failureRate: agg.requests > 0 ? agg.failures / agg.requests : null,
    rps: agg.rps,
    medianMs: agg.medianMs,
    p95Ms: agg.percentiles['95'] ?? null,
    locustVersion: meta.locustVersion,
    host: meta.host,
    startTime: meta.startTime,
    fileNames: run.files.map((f) => f.name),
    warnings: run.warnings,
  };
}

/**
 * How a file was decoded: "EUC-KR", and "chosen", "detected" (sure), "detected, 62% sure" (warn
 * below 0.8), or "as <sibling>" when it was too short to tell and took its run's other file's.
 */
export function describeEncoding(
  encoding: string,
  confidence: number | null,
  chosen: boolean,
  from: string | null = null,
): { name: string; note: string; warn: boolean } {
  const name = encodingDisplayName(encoding);
  if (chosen) return { name, note: 'chosen', warn: false };
  const warn = confidence !== null && confidence < ENCODING_WARN_BELOW;
  const check = warn ? ': check the names' : '';
  const sibling = from?.slice(from.lastIndexOf('/') + 1);
  if (sibling !== undefined) return { name, note: `as ${sibling} (too short to tell)${check}`, warn };
  if (confidence === null || confidence === 1) return { name, note: 'detected', warn: false };
  return { name, note: `detected, ${Math.round(confidence * 100)}% sure${check}`, warn };
}

/** Import-layer phrases as sentences: "not a Locust CSV" -> "Not a Locust CSV.";
 *  a leading file name stays as written. */
export function asSentence(text: string, capitalize = true): string {
  const plainWord = /^[a-z]+(?:[\s,:;]|$)/.test(text);
  const s = capitalize && plainWord ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return s === '' || /[.!?]$/.test(s) ? s : `${s}.`;
}
