'use client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, COLORS } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { rangeSummary } from '@/lib/domain/charts/chart-summary';
import { formatDuration } from '@/lib/domain/format/format';
import { elapsedTicks, formatElapsed } from '@/lib/domain/charts/time-axis';
import type { OverlayPoint } from '@/lib/view/compare/overlay';

export interface OverlayLine {
  dataKey: string;
  name: string;
  color: string;
  /** A secondary line (all requests beside goodput): lighter and dashed. */
  secondary?: boolean;
}

interface Props {
  /** What the chart shows, the start of its text alternative ("Goodput"). */
  title?: string;
  data: OverlayPoint[];
  lines: OverlayLine[];
  endS: number;
  yTickFormat: (v: number) => string;
  valueFormat: (v: number | null) => string;
  step?: boolean;
  height?: number;
  syncId?: string;
}

/** Several runs on one elapsed-time axis (x = seconds since each run's start); null leaves a gap. */
export function OverlayChart({
  title = 'Over time',
  data,
  lines,
  endS,
  yTickFormat,
  valueFormat,
  step = false,
  height = 220,
  syncId,
}: Props) {
  const sparse = data.length <= 40;
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
          ticks={elapsedTicks(endS)}
          tickFormatter={formatElapsed}
          {...AXIS_PROPS}
          tickMargin={6}
          allowDataOverflow
        />
        <YAxis {...AXIS_PROPS} tickFormatter={yTickFormat} width={64} allowDecimals />
        <Tooltip
          content={
            <ChartTooltip
              title={(label) => `${formatElapsed(Number(label))} elapsed`}
              format={valueFormat}
              order={lines.map((l) => l.dataKey)}
            />
          }
          isAnimationActive={false}
        />
        {lines.map((line) => (
          <Line
            key={line.dataKey}
            dataKey={line.dataKey}
            name={line.name}
            stroke={line.color}
            strokeWidth={line.secondary ? 1.25 : 1.75}
            strokeOpacity={line.secondary ? 0.45 : 1}
            strokeDasharray={line.secondary ? '4 3' : undefined}
            dot={sparse && !line.secondary ? { r: 2, fill: line.color, strokeWidth: 0 } : false}
            activeDot={{ r: 4 }}
            type={step ? 'stepAfter' : 'linear'}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
