// One run as a Markdown report (a shared run's download): the verdict first (its project's criteria sets on the
// run, the criteria missed and the endpoints that drive them), then the headline figures and each set's table.
// Every text from the data goes through mdText.
import type { MeetingVerdict } from './meeting-verdict';
import { verdictsMarkdown } from '../criteria/markdown';
import type { Criterion, Verdict } from '../criteria/types';
import type { RunSummary } from '../shapes/stored-run';
import { formatCount, formatDuration, formatMs, formatPercent, formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import { READINESS, setsMarkdown } from './markdown-status';

type Figures = Pick<
  RunSummary,
  | 'label'
  | 'projectName'
  | 'userCount'
  | 'durationS'
  | 'requests'
  | 'failures'
  | 'failureRate'
  | 'rps'
  | 'medianMs'
  | 'p95Ms'
  | 'p99Ms'
  | 'maxMs'
>;

function statusLines(v: MeetingVerdict): string[] {
  if (v.overall === null) return [`**Status: not judged** — ${mdText(v.headline)}`];
  const sets = v.sets.map((s) => `${mdText(s.name)} ${s.verdict} (${s.met} of ${s.total} met)`);
  const line = `**Status: ${READINESS[v.overall]}** — ${mdText(v.judgedRun)} against the criteria: ${sets.join(', ')}.`;
  return [line, '', ...setsMarkdown(v)];
}

function figuresTable(f: Figures): string[] {
  const rows: [string, string][] = [
    ['Users', f.userCount === null ? '—' : formatCount(f.userCount)],
    ['Duration', formatDuration(f.durationS)],
    ['Requests', formatCount(f.requests)],
    ['Failures', `${formatCount(f.failures)} (${formatPercent(f.failureRate)})`],
    ['Throughput', formatRate(f.rps)],
    ['Median', formatMs(f.medianMs)],
    ['P95', formatMs(f.p95Ms)],
    ['P99', formatMs(f.p99Ms)],
    ['Max', formatMs(f.maxMs)],
  ];
  return ['## Headline figures', '', '| Metric | Value |', '|---|---:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

/** `sets`: each applicable set's criteria and verdict on the run (the tables under the verdict). */
export function runReportMarkdown(
  f: Figures,
  verdict: MeetingVerdict,
  sets: { criteria: Criterion[]; verdict: Verdict }[],
): string {
  const out = [`# Load test run: ${mdText(f.label)}`, '', ...statusLines(verdict), ''];
  out.push(`Project: ${mdText(f.projectName)}.`, '');
  out.push(...figuresTable(f), '');
  const tables = verdictsMarkdown(f.label, sets);
  if (tables !== '') out.push(tables.trimEnd(), '');
  return out.join('\n');
}
