// The comparison as a Markdown report, read like a hand-written review report section for section,
// answer first: status line and what to read first, executive summary, failures by area,
// percentiles, throughput and scaling, slowest endpoints, distribution, what held up, criteria, and
// the statistics note once at the end. Numbers as people write them (1,200 ms; 91.72%; +567%); every
// text from the data goes through mdText (names, labels, messages, warnings, evidence).
import { mdText } from '../format/markdown-text';
import { runName } from './markdown-cells';
import { criteriaMarkdown } from './markdown-criteria';
import { failuresMarkdown } from './markdown-findings';
import { distributionMarkdown, heldUpMarkdown, slowestMarkdown } from './markdown-latency';
import { scalingMarkdown } from './markdown-scaling';
import { statusMarkdown } from './markdown-status';
import { executiveSummaryMarkdown, percentilesMarkdown } from './markdown-summary';
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison } from '../analysis/types';

/** The seed report's sections, in order: headings of the generated report (the status is its first line). */
export const REPORT_SECTIONS = [
  'Executive summary',
  'Failures by area',
  'Response-time percentiles',
  'Throughput and scaling',
  'Slowest endpoints',
  'Response-time distribution',
  'What held up',
  'Success criteria',
] as const;

function warningsMarkdown(c: Comparison): string[] {
  if (c.warnings.length === 0) return [];
  return ['', '### Before drawing conclusions', '', ...c.warnings.map((w) => `- ${mdText(w)}`)];
}

function footer(c: Comparison): string[] {
  return [
    '',
    '---',
    '',
    "_Percentiles are Locust's bucketed values (about two significant digits). Failure-rate changes are tested with " +
      'a two-proportion or Fisher exact test; "insufficient data" means fewer than ' +
      `${DEFAULT_THRESHOLDS.minRequests} requests in a run. ${mdText(c.statisticsNote)}_`,
    '',
  ];
}

export function comparisonMarkdown(c: Comparison): string {
  const names = c.runs.map((_, i) => runName(c, i));
  const lines: string[] = [`# Load test comparison: ${names.join(' vs ')}`, ''];
  lines.push(...statusMarkdown(c));
  lines.push(...executiveSummaryMarkdown(c, names), ...warningsMarkdown(c));
  lines.push(...failuresMarkdown(c, names), ...percentilesMarkdown(c, names), ...scalingMarkdown(c, names));
  lines.push(...slowestMarkdown(c, names), ...distributionMarkdown(c), ...heldUpMarkdown(c, names));
  lines.push(...criteriaMarkdown(c), ...footer(c));
  return lines.join('\n');
}
