// The failure-messages section: Locust's error messages diffed between baseline and target (new,
// grown, shrunk, resolved, same), with their kind, filterable by status and text; and per run how
// concentrated the failures are (one endpoint or error vs spread), in the analysis' own words.
import type { FailureCategory, FailureDiffStatus } from '../../domain/analysis/failure-analysis';
import type { FailureConcentration } from '../../domain/analysis/failure-concentration';
import type { Comparison } from '../../domain/analysis/types';
import { formatChange } from '../../domain/format/format';
import { endpointLabel } from '../../domain/report/metric-format';

/** How a message's change reads: more of it (new, grown) is bad, less (shrunk, resolved) ok, else (and
 *  null: no status) neutral. */
export function diffStatusTone(status: FailureDiffStatus | null): 'bad' | 'ok' | 'neutral' {
  if (status === 'new' || status === 'grown') return 'bad';
  return status === 'resolved' || status === 'shrunk' ? 'ok' : 'neutral';
}

export const DIFF_STATUSES: FailureDiffStatus[] = ['new', 'grown', 'shrunk', 'resolved', 'not-comparable', 'same'];

export const DIFF_STATUS_WORDS: Record<FailureDiffStatus, string> = {
  new: 'only in the target',
  grown: 'at least 25% more often per request of the endpoint',
  shrunk: 'at least 25% less often per request of the endpoint',
  'not-comparable': 'the other run never called this endpoint',
  resolved: 'only in the baseline',
  same: 'within ±25%',
};

export const CATEGORY_WORDS: Record<FailureCategory, string> = {
  'http-5xx': 'Server error',
  'http-4xx': 'Client error',
  csrf: 'CSRF',
  timeout: 'Timeout',
  connection: 'Connection',
  assertion: 'Check failed',
  other: 'Other',
};

export interface FailureDiffRow {
  id: string;
  /** null: the message is in neither baseline nor target (only in another run). */
  status: FailureDiffStatus | null;
  label: string;
  method: string | null;
  name: string;
  /** One error text as Locust wrote it. */
  example: string;
  category: FailureCategory;
  statusCode: number | null;
  /** "Server error · 503", "Timeout". */
  kind: string;
  occurrences: (number | null)[];
  change: number | null;
  /** "+71%" (per request of the endpoint), or the status word when a ratio says nothing ("new", "gone"). */
  changeText: string;
  /** Lowercase endpoint, error and kind, for the filter. */
  search: string;
}

/** The change of the rate per request of the endpoint ("+71%"); words where a ratio says nothing. */
function changeText(status: FailureDiffStatus | null, change: number | null): string {
  if (status === 'new') return 'new';
  if (status === 'resolved') return 'gone';
  if (status === 'not-comparable') return 'not comparable';
  return change !== null ? formatChange(change) : '—';
}

export function failureDiffRows(c: Pick<Comparison, 'failureDiffs'>): FailureDiffRow[] {
  return c.failureDiffs.map((d, i) => {
    const label = endpointLabel(d.method, d.name);
    const kind = d.statusCode !== null ? `${CATEGORY_WORDS[d.category]} · ${d.statusCode}` : CATEGORY_WORDS[d.category];
    return {
      id: String(i),
      status: d.status,
      label,
      method: d.method,
      name: d.name,
      example: d.example,
      category: d.category,
      statusCode: d.statusCode,
      kind,
      occurrences: d.occurrences,
      change: d.change,
      changeText: changeText(d.status, d.change),
      search: `${label} ${d.example} ${d.error} ${kind}`.toLowerCase(),
    };
  });
}

/** Rows per status (null = only in another run). */
export function countByStatus(rows: readonly FailureDiffRow[]): Record<FailureDiffStatus, number> {
  const counts = { new: 0, grown: 0, shrunk: 0, resolved: 0, 'not-comparable': 0, same: 0 };
  for (const r of rows) if (r.status) counts[r.status]++;
  return counts;
}

/** Rows of the chosen statuses (all when none is chosen) whose text holds every term of the query. */
export function filterFailureDiffs(
  rows: readonly FailureDiffRow[],
  statuses: readonly FailureDiffStatus[],
  query: string,
): FailureDiffRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (statuses.length === 0 || (r.status !== null && statuses.includes(r.status))) &&
      terms.every((t) => r.search.includes(t)),
  );
}

export type ConcentrationTone = 'ok' | 'warn' | 'bad' | 'neutral';

export const CONCENTRATION_WORDS: Record<
  FailureConcentration['verdict'],
  { label: string; tone: ConcentrationTone; meaning: string }
> = {
  none: { label: 'no failures', tone: 'ok', meaning: '' },
  'too-few': { label: 'too few to tell', tone: 'neutral', meaning: '' },
  concentrated: { label: 'concentrated', tone: 'warn', meaning: 'points at one place' },
  spread: { label: 'spread', tone: 'bad', meaning: 'points at a shared limit' },
  mixed: { label: 'mixed', tone: 'neutral', meaning: 'neither one place nor a shared limit' },
};

export interface ConcentrationRow {
  run: number;
  failures: number;
  verdict: FailureConcentration['verdict'];
  label: string;
  tone: ConcentrationTone;
  meaning: string;
  evidence: string;
}

/** One line per run, in run order. */
export function concentrationRows(c: Pick<Comparison, 'failureConcentration'>): ConcentrationRow[] {
  return c.failureConcentration.map((f, run) => ({
    run,
    failures: f.failures,
    verdict: f.verdict,
    ...CONCENTRATION_WORDS[f.verdict],
    evidence: f.evidence,
  }));
}
