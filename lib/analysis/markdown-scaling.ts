// Markdown for the users-vs-throughput curve (with its USL fit) and for the steps of a stepped run.
import { formatCount, formatDuration, formatMs, formatPercent, formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import type { Comparison } from './types';

export function scalingMarkdown(c: Comparison): string[] {
  const lines: string[] = [];
  const curve = c.scalingCurve;
  if (curve && curve.points.length >= 2) {
    lines.push('', '## Scaling across loads', '', '| Users | Throughput (all) | Goodput | Goodput if linear | Efficiency | Median | P95 |', '|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of curve.points) {
      lines.push(`| ${formatCount(p.users)} | ${formatRate(p.rps)} | ${formatRate(p.goodputRps)} | ${formatRate(p.linearGoodputRps)} | ${formatPercent(p.efficiency, 0)} | ${formatMs(p.medianMs)} | ${formatMs(p.p95Ms)} |`);
    }
    lines.push('', `**${curve.verdict}**${curve.saturationUsers !== null ? ` from ${formatCount(curve.saturationUsers)} users` : ''}. ${mdText(curve.evidence)}`);
  }
  const steps = c.steps?.steps;
  if (steps && steps.length > 0) {
    lines.push('', '## Load steps of the run', '', '| Step | Users | Duration | Requests | Failures | Throughput | P50 | P95 | Latency basis |', '|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const s of steps) {
      const exact = s.countsExact ? '' : ' (lower bound: stats reset)';
      lines.push(`| ${s.index} | ${formatCount(s.users)} | ${formatDuration(s.durationS)} | ${formatCount(s.requests)}${exact} | ${formatCount(s.failures)} | ${formatRate(s.rps)} | ${formatMs(s.p50Ms)} | ${formatMs(s.p95Ms)} | ${mdText(s.latencyBasis)} |`);
    }
  }
  return lines;
}
