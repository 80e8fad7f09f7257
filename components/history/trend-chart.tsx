'use client';
// The trend of one metric and scope over the runs shown: x = run time (or run order, ticks naming commits),
// era boundaries as dashed vertical lines labelled with their reason, change points as vertical markers with
// a dot on their first run (red for the worse, green for the better; the sentence in the tooltip), and each
// segment's mean as a faint horizontal line.
import { useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, COLORS } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { segmentOption } from '@/components/ui/form-styles';
import { rangeSummary } from '@/lib/domain/charts/chart-summary';
import {
  trendChartModel,
  xTicks,
  xTickText,
  yScale,
  type TrendInput,
  type XMode,
} from '@/lib/view/history/trend-chart';
import { formatTrendTick, formatTrendValue, runsText } from '@/lib/view/history/words';
import { TrendTooltip } from './trend-tooltip';

/** Characters of an era's reason on its line (the whole reason is in the list under the chart). */
const LABEL_CHARS = 28;
const shorten = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

export function TrendChart({ trend, title, height = 300 }: { trend: TrendInput; title: string; height?: number }) {
  const [mode, setMode] = useState<XMode>('time');
  const model = useMemo(() => trendChartModel(trend, mode), [trend, mode]);
  const eraReasons = useMemo(() => new Map(model.eras.map((e) => [e.x, e.reason])), [model]);
  const markers = useMemo(() => {
    const byX = new Map<number, typeof model.changes>();
    for (const c of model.changes) byX.set(c.x, [...(byX.get(c.x) ?? []), c]);
    return byX;
  }, [model]);
  const y = useMemo(() => yScale(model.points.map((p) => p.value)), [model]);
  const { metric } = trend;
  const known = model.points.filter((p) => p.value !== null).length;
  const summary =
    rangeSummary(
      `${title} over ${runsText(model.points.length)}`,
      [{ name: title, values: model.points.map((p) => p.value) }],
      (v) => formatTrendValue(metric, v),
    ) + ` ${model.eras.length + 1} eras, ${model.changes.length} change points.`;
  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <div
          role="radiogroup"
          aria-label="X axis"
          className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-sm"
        >
          {(['time', 'order'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={mode === m}
              onClick={() => setMode(m)}
              className={`rounded-md px-2.5 py-1 ${segmentOption(mode === m)}`}
            >
              {m === 'time' ? 'Run time' : 'Run order'}
            </button>
          ))}
        </div>
      </div>
      {known === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">No run shown has this figure.</p>
      ) : (
        <ChartFrame summary={summary}>
          <LineChart
            responsive
            data={model.points}
            style={{ width: '100%', height }}
            margin={{ top: 24, right: 16, bottom: 0, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              scale={mode === 'time' ? 'time' : 'linear'}
              domain={model.domain}
              ticks={xTicks(model.points, 6)}
              tickFormatter={(x: number) => xTickText(mode, x, model.points)}
              {...AXIS_PROPS}
              tickMargin={6}
            />
            <YAxis
              {...AXIS_PROPS}
              width={64}
              domain={y.domain}
              ticks={y.ticks}
              tickFormatter={(v: number) => formatTrendTick(metric, v)}
            />
            <Tooltip
              content={<TrendTooltip metric={metric} eraReasons={eraReasons} markers={markers} />}
              isAnimationActive={false}
            />
            {model.eras.map((e) => (
              <ReferenceLine
                key={`era-${e.era}`}
                x={e.x}
                stroke={COLORS.reset}
                strokeDasharray="4 4"
                label={{ value: shorten(e.reason), position: 'insideTopLeft', fontSize: 11, fill: COLORS.axis }}
              />
            ))}
            {model.segments.map((s) => (
              <ReferenceLine
                key={`mean-${s.x1}`}
                segment={[
                  { x: s.x1, y: s.y },
                  { x: s.x2, y: s.y },
                ]}
                stroke={COLORS.muted}
                strokeWidth={2}
                strokeOpacity={0.8}
              />
            ))}
            {model.changes.map((c) => (
              <ReferenceLine
                key={`cp-${c.id}`}
                x={c.x}
                stroke={c.regression ? COLORS.bad : COLORS.ok}
                strokeWidth={1.5}
              />
            ))}
            <Line
              dataKey="value"
              name={title}
              stroke={COLORS.brand}
              strokeWidth={1.75}
              dot={model.points.length <= 60 ? { r: 2.5, fill: COLORS.brand, strokeWidth: 0 } : false}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            {model.changes
              .filter((c) => c.value !== null)
              .map((c) => (
                <ReferenceDot
                  key={`dot-${c.id}`}
                  x={c.x}
                  y={c.value!}
                  r={6}
                  fill={COLORS.surface}
                  stroke={c.regression ? COLORS.bad : COLORS.ok}
                  strokeWidth={2.5}
                />
              ))}
          </LineChart>
        </ChartFrame>
      )}
    </div>
  );
}
