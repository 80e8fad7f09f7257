// Open Graph / Twitter descriptions of shared views: the verdict and the headline numbers in one
// line, so a link pasted in a chat already says how the run or comparison went.
import type { MeetingVerdict } from '../../domain/report/meeting-verdict';
import type { Verdict as ComparisonVerdict } from '../../domain/report/verdict';
import type { ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import { formatCount, formatMs, formatPercent, formatRate } from '../../domain/format/format';

/** Link previews cut long descriptions anyway; past this the text ends with "…". */
export const MAX_DESCRIPTION = 300;

export function clip(text: string, max = MAX_DESCRIPTION): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A run's whole-run figures (the Aggregated row), as the run summary holds them. */
export interface RunFigures {
  requests: number;
  /** failures / requests; null without requests. */
  failureRate: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  rps: number | null;
}

function failurePhrase(rate: number): string {
  if (rate === 0) return 'no failures';
  return `${rate < 0.0001 ? '<0.01%' : formatPercent(rate)} failures`;
}

/** "552 requests, 1.45% failures, median 160 ms, p95 1,900 ms, 9.33 req/s"; unknown figures are left out. */
export function runDescription(f: RunFigures): string {
  const parts = [
    `${formatCount(f.requests)} ${f.requests === 1 ? 'request' : 'requests'}`,
    f.failureRate !== null ? failurePhrase(f.failureRate) : null,
    f.medianMs !== null ? `median ${formatMs(f.medianMs)}` : null,
    f.p95Ms !== null ? `p95 ${formatMs(f.p95Ms)}` : null,
    f.rps !== null ? formatRate(f.rps).replace(/\/s$/, ' req/s') : null,
  ];
  return clip(parts.filter((p): p is string => p !== null).join(', '));
}

/** "40 users vs 20 users: critical regression. P95 4,200 ms vs 1,900 ms (+121%), goodput …"; what must be
 *  read first (every request failed, identical inputs, …) comes before it. */
export function comparisonDescription(
  verdict: Pick<ComparisonVerdict, 'title' | 'headline'> & { notes?: readonly string[] },
): string {
  // A preview has room for each note's claim only: up to its first ';' (the evidence follows it).
  const notes = (verdict.notes ?? []).map((n) => `${n.split(';')[0]!.replace(/\.$/, '')}.`).join(' ');
  return clip(`${notes ? `${notes} ` : ''}${verdict.title}. ${verdict.headline}`);
}

/** The criteria's verdict before the rest ("NO-GO on retest: Production GO misses 2 of 4 criteria. …"); nothing
 *  added when no set applies (the change or the figures speak alone). */
export function withVerdict(verdict: Pick<MeetingVerdict, 'overall' | 'headline'>, rest: string): string {
  return verdict.overall === null ? rest : clip(`${verdict.headline} ${rest}`);
}

/** Each criteria set's verdict on the latest run: "Retest after 40 users: GO on 40 users after fixes". `evaluation`
 *  is one page of the project's `runCount` runs; only the newest page (`newestPage`) holds the latest run. */
export function projectDescription(
  evaluation: Pick<ProjectEvaluation, 'runs' | 'sets'>,
  runCount: number,
  newestPage = true,
): string {
  const latest = evaluation.runs.at(-1);
  if (!latest) return 'No runs yet.';
  const runs = `${runCount.toLocaleString('en-US')} ${runCount === 1 ? 'run' : 'runs'}`;
  if (!newestPage) return `${runs}; older runs shown, from ${evaluation.runs[0]!.label} to ${latest.label}.`;
  if (evaluation.sets.length === 0) return clip(`${runs}, latest ${latest.label}; no success criteria yet.`);
  const verdicts = evaluation.sets.map((s) => `${s.name}: ${s.verdicts.at(-1)?.verdict ?? 'not evaluated'}`);
  return clip(`${verdicts.join('; ')} on ${latest.label}`);
}
