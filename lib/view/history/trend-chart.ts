// The trend chart's geometry (issue 19): one point per run (x = its start time in ms, or its place in run
// order), era boundaries as vertical lines with their reason, change points as markers on their first run
// with their sentence, and each segment's mean between change points (inside an era). Pure.
import { changeSentence, isRegression } from '../../domain/history/regression';
import type { Era } from '../../domain/history/eras';
import type { ChangePointStatus, MetricChange } from '../../domain/history/metric-change';
import type { TrendMetric } from '../../domain/history/run-figures';
import { shortCommit } from './words';

/** Run time (x = epoch ms) or run order (x = 1, 2, 3 …, ticks name commits). */
export type XMode = 'time' | 'order';

export interface TrendPointInput {
  runId: string;
  label: string;
  startTime: string;
  era: number;
  value: number | null;
  commit: string | null;
}

export interface ChartChangeInput extends MetricChange {
  id: string;
  runId: string;
  status: ChangePointStatus;
}

/** What the trend service answers (TrendJson's fields the chart reads). */
export interface TrendInput {
  metric: TrendMetric;
  eras: Era[];
  series: TrendPointInput[];
  changePoints: ChartChangeInput[];
}

export interface ChartPoint extends TrendPointInput {
  x: number;
}

export interface EraLine {
  x: number;
  era: number;
  reason: string;
}

export interface ChangeMarker {
  id: string;
  x: number;
  value: number | null;
  runLabel: string;
  sentence: string;
  regression: boolean;
  status: ChangePointStatus;
}

/** A segment's mean from x1 to x2 (both runs of the segment). */
export interface MeanSegment {
  x1: number;
  x2: number;
  y: number;
}

export interface TrendChartModel {
  points: ChartPoint[];
  eras: EraLine[];
  changes: ChangeMarker[];
  segments: MeanSegment[];
  domain: [number, number];
}

const xOf = (mode: XMode, p: TrendPointInput, i: number) => (mode === 'time' ? Date.parse(p.startTime) : i + 1);

export function trendChartModel(t: TrendInput, mode: XMode): TrendChartModel {
  const indexOf = new Map(t.series.map((p, i) => [p.runId, i]));
  const xs = t.series.map((p, i) => xOf(mode, p, i));
  const located = t.changePoints
    .filter((c) => indexOf.has(c.runId))
    .map((c) => ({ c, i: indexOf.get(c.runId)! }))
    .sort((a, b) => a.i - b.i);
  const points = t.series.map((p, i) => ({ ...p, x: xs[i]! }));
  const eras = t.eras
    .filter((e) => e.id > 1 && indexOf.has(e.startRunId))
    .map((e) => ({ x: xs[indexOf.get(e.startRunId)!]!, era: e.id, reason: e.reason }));
  const changes = located.map(({ c, i }) => ({
    id: c.id,
    x: xs[i]!,
    value: t.series[i]!.value,
    runLabel: t.series[i]!.label,
    sentence: changeSentence(c),
    regression: isRegression(c.metric, c.magnitude),
    status: c.status,
  }));
  const domain: [number, number] = xs.length === 0 ? [0, 1] : [Math.min(...xs), Math.max(...xs)];
  return { points, eras, changes, segments: meanSegments(t, located, xs), domain };
}

/** Per era: the first change point's mean before it, then each one's mean after it up to the next. */
function meanSegments(
  t: TrendInput,
  located: readonly { c: ChartChangeInput; i: number }[],
  xs: readonly number[],
): MeanSegment[] {
  const out: MeanSegment[] = [];
  const push = (from: number, to: number, y: number) => {
    if (to >= from) out.push({ x1: xs[from]!, x2: xs[to]!, y });
  };
  for (const era of t.eras) {
    const inEra = located.filter(({ i }, k) => t.series[i]!.era === era.id && located[k - 1]?.i !== i);
    if (inEra.length === 0) continue;
    const start = t.series.findIndex((p) => p.era === era.id);
    const end = t.series.findLastIndex((p) => p.era === era.id);
    push(start, inEra[0]!.i - 1, inEra[0]!.c.meanBefore);
    inEra.forEach(({ c, i }, k) => push(i, (inEra[k + 1]?.i ?? end + 1) - 1, c.meanAfter));
  }
  return out;
}

/** The y axis from 0 to a round value 15% or more above the highest one (room for the era labels), in 3–5
 *  steps of 1, 2, 2.5 or 5 × 10^k; [0, 1] when every value is 0 or unknown. */
export function yScale(values: readonly (number | null)[]): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (max === 0) return { domain: [0, 1], ticks: [0, 1] };
  const target = max * 1.15;
  const rough = target / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const steps = Math.ceil(target / step);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks.at(-1)!], ticks };
}

/** Up to `count` evenly spread x ticks of the points (their own x values, so each names a run). */
export function xTicks(points: readonly ChartPoint[], count: number): number[] {
  if (points.length <= count) return points.map((p) => p.x);
  const step = (points.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, k) => points[Math.round(k * step)]!.x);
}

const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const CLOCK = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
const TWO_DAYS_MS = 2 * 86_400_000;

/** A tick's words by time (UTC): "Oct 3" when the runs span two days or more, else the time ("14:05"), with the
 *  day when they span two ("Oct 3 23:40"): runs of one day all read "Oct 3" otherwise. By order: the run's
 *  short commit, else "#12". */
export function xTickText(mode: XMode, x: number, points: readonly ChartPoint[]): string {
  if (mode === 'order') return shortCommit(points[x - 1]?.commit) ?? `#${x}`;
  const at = new Date(x);
  const [first, last] = [points[0], points.at(-1)].map((p) => (p ? new Date(Date.parse(p.startTime)) : at));
  if (last!.getTime() - first!.getTime() >= TWO_DAYS_MS) return DAY.format(at);
  return DAY.format(first!) === DAY.format(last!) ? CLOCK.format(at) : `${DAY.format(at)} ${CLOCK.format(at)}`;
}

/** The tooltip's title line: "nightly-36 · Oct 3, 02:00 UTC · commit 78d4618". */
export function pointTitle(p: ChartPoint): string {
  const when = new Date(p.startTime).toISOString().slice(0, 16).replace('T', ' ');
  const commit = shortCommit(p.commit);
  return [p.label, `${when} UTC`, commit ? `commit ${commit}` : null].filter(Boolean).join(' · ');
}
