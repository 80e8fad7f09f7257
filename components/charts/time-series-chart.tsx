'use client';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelinePoint } from '@/lib/domain/charts/prepare-timeline';
import { rangeSummary } from '@/lib/domain/charts/chart-summary';
import { clockTicks, elapsedTicks, formatClockUtc, formatElapsed } from '@/lib/domain/charts/time-axis';
import { formatDuration } from '@/lib/domain/format/format';
import { AXIS_PROPS, COLORS } from './chart-theme';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';

export type TimeAxisMode = 'elapsed' | 'clock';

export interface SeriesLine {
  dataKey: string;
  name: string;
  color: string;
  step?: boolean;
}

interface Props {
  /** What the chart shows, the start of its text alternative ("Throughput"). */
  title: string;
  data: TimelinePoint[];
  lines: SeriesLine[];
  /** Elapsed seconds of the last point; originS = epoch seconds of x = 0. */
  endS: number;
  originS: number | null;
  axis: TimeAxisMode;
  yTickFormat: (v: number) => string;
  valueFormat: (v: number | null) => string;
  resetsS?: number[];
  height?: number;
  syncId?: string;
  legend?: boolean;
}

/** x = elapsed seconds (or UTC clock time); null values leave gaps. */
export function TimeSeriesChart({
  title,
  data,
  lines,
  endS,
  originS,
  axis,
  yTickFormat,
  valueFormat,
  resetsS = [],
  height = 260,
  syncId,
  legend = true,
}: Props) {
  const clock = axis === 'clock' && originS !== null;
  // Few points: dots keep isolated values (between gaps) visible.
  const sparse = data.length <= 40;
  const ticks = clock ? clockTicks(originS, endS) : elapsedTicks(endS);
  const tickText = (t: number) => (clock ? formatClockUtc(originS + t) : formatElapsed(t));
  const tooltipTitle = (_: unknown, payload: readonly { payload?: unknown }[]) => {
    const p = payload[0]?.payload as TimelinePoint | undefined;
    return p ? `${formatElapsed(p.t)} elapsed · ${formatClockUtc(p.ts)} UTC` : '';
  };
  const summary = rangeSummary(
    `${title} over ${formatDuration(endS)}`,
    lines.map((l) => ({ name: l.name, values: data.map((p) => p[l.dataKey]) })),
    valueFormat,
  );
  return (
    <ChartFrame summary={summary}>
      <LineChart
        responsive
        data={data}
        syncId={syncId}
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={[0, Math.max(endS, 1)]}
          ticks={ticks}
          tickFormatter={tickText}
          {...AXIS_PROPS}
          tickMargin={6}
          allowDataOverflow
        />
        <YAxis {...AXIS_PROPS} tickFormatter={yTickFormat} width={64} allowDecimals />
        <Tooltip
          content={<ChartTooltip title={tooltipTitle} format={valueFormat} order={lines.map((l) => l.dataKey)} />}
          isAnimationActive={false}
        />
        {legend && <Legend verticalAlign="top" align="right" iconType="plainline" wrapperStyle={{ fontSize: 12 }} />}
        {resetsS.map((s) => (
          <ReferenceLine
            key={s}
            x={s}
            stroke={COLORS.reset}
            strokeDasharray="4 4"
            label={{ value: 'stats reset', position: 'insideTopLeft', fontSize: 11, fill: COLORS.axis }}
          />
        ))}
        {lines.map((line) => (
          <Line
            key={line.dataKey}
            dataKey={line.dataKey}
            name={line.name}
            stroke={line.color}
            strokeWidth={1.75}
            dot={sparse ? { r: 2, fill: line.color, strokeWidth: 0 } : false}
            activeDot={{ r: 4 }}
            type={line.step ? 'stepAfter' : 'linear'}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
