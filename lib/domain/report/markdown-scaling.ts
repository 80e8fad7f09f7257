// "Throughput and scaling" of the Markdown report: all requests vs goodput, then ONE scaling story:
// the verdict (the curve's, which `scaling.verdict` equals) stated once, the baseline/target pair's
// figures without a verdict of their own, the users-vs-goodput curve (one per build when builds are
// mixed: lib/domain/analysis/scaling-builds.ts), and a stepped run's steps.
import { formatChange, formatCount, formatDuration, formatMs, formatPercent, formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import { rowLine, tableHead, tableRow } from './markdown-cells';
import { buildName } from '../analysis/scaling-builds';
import type { ScalingCurve } from '../analysis/scaling-curve';
import type { Comparison } from '../analysis/types';

function pairMarkdown(c: Comparison): string[] {
  const s = c.scaling;
  if (!s) return [];
  const all =
    s.expectedRps === null
      ? ''
      : ` All requests (failed included): ${formatRate(s.expectedRps)} if linear, ${formatRate(s.actualRps)} measured` +
        ` (${formatChange(s.gap)}).`;
  const users = `from ${formatCount(s.fromUsers)} to ${formatCount(s.toUsers)} users`;
  const expected = formatRate(s.expectedGoodputRps);
  return [
    '',
    `${mdText(s.reason)}. Linear scaling of goodput ${users} would give ${expected}; ` +
      `measured ${formatRate(s.actualGoodputRps)} (${formatChange(s.goodputGap)}).${all}`,
  ];
}

function verdictMarkdown(c: Comparison): string[] {
  const curve = c.scalingCurve;
  const verdict = curve?.verdict ?? c.scaling?.verdict ?? null;
  if (verdict === null) {
    return [
      '',
      'Every run has the same (or an unknown) user count: throughput and goodput are compared directly, ' +
        'with no scaling verdict.',
    ];
  }
  const from = curve?.saturationUsers != null ? ` from ${formatCount(curve.saturationUsers)} users` : '';
  const runs = curve ? ` over ${curve.points.length} runs` : '';
  const own = c.buildsNote ? c.buildCurves?.find((b) => b.runIndexes.includes(c.targetIndex)) : undefined;
  const of = own && curve ? ` of ${buildName(own.build)} (the target's)` : '';
  return ['', `Scaling of goodput${of}${runs}: **${verdict}**${from}.`];
}

/** With several builds: the note, then each build's curve under its own heading. */
function curvesMarkdown(c: Comparison): string[] {
  if (!c.buildsNote || !c.buildCurves) return curveMarkdown(c.scalingCurve, 'Scaling across loads');
  const out = ['', mdText(c.buildsNote)];
  for (const b of c.buildCurves) {
    if (b.curve) out.push(...curveMarkdown(b.curve, `Scaling across loads, ${buildName(b.build)}`));
  }
  return out;
}

function curveMarkdown(curve: ScalingCurve | null, title: string): string[] {
  if (!curve || curve.points.length < 2) return curve ? ['', mdText(curve.evidence)] : [];
  const out = [
    '',
    `### ${mdText(title)}`,
    '',
    '| Users | Throughput (all) | Goodput | Goodput if linear | Efficiency | Median | P95 |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const p of curve.points) {
    out.push(
      tableRow([
        formatCount(p.users),
        formatRate(p.rps),
        formatRate(p.goodputRps),
        formatRate(p.linearGoodputRps),
        formatPercent(p.efficiency, 0),
        formatMs(p.medianMs),
        formatMs(p.p95Ms),
      ]),
    );
  }
  out.push('', mdText(curve.evidence));
  if (curve.excluded.length > 0) out.push('');
  for (const x of curve.excluded) {
    out.push(`- Left out: ${mdText(x.label ?? `run ${x.index + 1}`)}: ${mdText(x.reason)}.`);
  }
  return out;
}

function stepsMarkdown(c: Comparison): string[] {
  const steps = c.steps?.steps;
  if (!steps || steps.length === 0) return [];
  const out = [
    '',
    '### Load steps of the run',
    '',
    '| Step | Users | Duration | Requests | Failures | Throughput | P50 | P95 | Latency basis |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const s of steps) {
    const exact = s.countsExact ? '' : ' (lower bound: stats reset)';
    out.push(
      tableRow([
        s.index,
        formatCount(s.users),
        formatDuration(s.durationS),
        `${formatCount(s.requests)}${exact}`,
        formatCount(s.failures),
        formatRate(s.rps),
        formatMs(s.p50Ms),
        formatMs(s.p95Ms),
        mdText(s.latencyBasis),
      ]),
    );
  }
  return out;
}

export function scalingMarkdown(c: Comparison, names: string[]): string[] {
  const rows = c.summary.filter((r) => r.metric === 'rps' || r.metric === 'goodputRps');
  const out = ['', '## Throughput and scaling'];
  if (rows.length > 0) {
    out.push('', ...tableHead('Metric', names, ['Change', 'Status']), ...rows.map((r) => rowLine(c, r)));
    out.push(
      '',
      '_Throughput counts every request, failed ones included; goodput counts successful requests only. ' +
        'Capacity and scaling are judged on goodput._',
    );
  }
  return [...out, ...verdictMarkdown(c), ...pairMarkdown(c), ...curvesMarkdown(c), ...stepsMarkdown(c)];
}
