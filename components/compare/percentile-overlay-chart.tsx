'use client';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, COLORS } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import type { PercentileLine } from '@/components/charts/percentile-chart';
import { segmentOption } from '@/components/ui/form-styles';
import { formatMsTick } from '@/lib/domain/charts/axis-format';
import { categorySummary, numberOrNull } from '@/lib/domain/charts/chart-summary';
import { formatMs } from '@/lib/domain/format/format';

/** Some room under the fastest and over the slowest point on the log axis. */
const LOG_DOMAIN: [(min: number) => number, (max: number) => number] = [
  (min) => Math.max(1, min * 0.8),
  (max) => max * 1.25,
];

interface Props {
  data: Record<string, string | number | null>[];
  lines: PercentileLine[];
}

/**
 * The run page's percentile chart (x = percentile, y = ms), for any number of runs: the legend is the
 * table under the chart (a chart legend would wrap over the plot with many runs), and a log scale
 * keeps P50 differences visible next to a large max.
 */
export function PercentileOverlayChart({ data, lines }: Props) {
  const [log, setLog] = useState(false);
  // A log axis cannot show 0 ms: such points are left out there.
  const shown = log
    ? data.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' && v <= 0 ? null : v])),
      )
    : data;
  return (
    <div>
      <div className="mb-1 flex justify-end">
        <div
          role="radiogroup"
          aria-label="Response-time axis"
          className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-xs"
        >
          {([false, true] as const).map((on) => (
            <button
              key={String(on)}
              type="button"
              role="radio"
              aria-checked={log === on}
              onClick={() => setLog(on)}
              className={`rounded-md px-2 py-0.5 ${segmentOption(log === on)}`}
            >
              {on ? 'Log scale' : 'Linear'}
            </button>
          ))}
        </div>
      </div>
      <ChartFrame
        summary={categorySummary(
          'Response time by percentile',
          data.map((r) => String(r.label)),
          lines.map((l) => ({ name: l.name, values: data.map((r) => numberOrNull(r[l.id])) })),
          formatMs,
        )}
      >
        <LineChart
          responsive
          data={shown}
          style={{ width: '100%', height: 300 }}
          margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" {...AXIS_PROPS} interval={0} tickMargin={6} padding={{ left: 20, right: 20 }} />
          <YAxis
            {...AXIS_PROPS}
            tickFormatter={formatMsTick}
            width={64}
            scale={log ? 'log' : 'auto'}
            domain={log ? LOG_DOMAIN : [0, 'auto']}
          />
          <Tooltip
            content={
              <ChartTooltip
                title={(label) => `${label} response time`}
                format={formatMs}
                order={lines.map((l) => l.id)}
              />
            }
            isAnimationActive={false}
          />
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
    </div>
  );
}
