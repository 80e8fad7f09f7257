'use client';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMsTick } from '@/lib/domain/charts/axis-format';
import { categorySummary, numberOrNull } from '@/lib/domain/charts/chart-summary';
import { formatMs } from '@/lib/domain/format/format';
import { AXIS_PROPS, COLORS } from './chart-theme';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';

export interface PercentileLine {
  id: string;
  name: string;
  color: string;
}

interface Props {
  data: Record<string, string | number | null>[];
  lines: PercentileLine[];
}

/** x = percentile (categorical, numeric order), y = ms. */
export function PercentileChart({ data, lines }: Props) {
  const summary = categorySummary(
    'Response time by percentile',
    data.map((r) => String(r.label)),
    lines.map((l) => ({ name: l.name, values: data.map((r) => numberOrNull(r[l.id])) })),
    formatMs,
  );
  return (
    <ChartFrame summary={summary}>
      <LineChart
        responsive
        data={data}
        style={{ width: '100%', height: 300 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis
          dataKey="label"
          {...AXIS_PROPS}
          interval="preserveStartEnd"
          minTickGap={4}
          tickMargin={6}
          padding={{ left: 20, right: 20 }}
        />
        <YAxis {...AXIS_PROPS} tickFormatter={formatMsTick} width={64} />
        <Tooltip content={<ChartTooltip title={(label) => `${label} response time`} format={formatMs} />} />
        <Legend verticalAlign="top" align="right" iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
        {lines.map((line) => (
          <Line
            key={line.id}
            dataKey={line.id}
            name={line.name}
            stroke={line.color}
            strokeWidth={2}
            dot={{ r: 3, fill: line.color, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
            type="linear"
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
