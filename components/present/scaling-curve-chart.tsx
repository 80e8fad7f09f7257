'use client';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_PROPS, COLORS } from '@/components/charts/chart-theme';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { formatCountTick } from '@/lib/domain/charts/axis-format';
import { formatRate } from '@/lib/domain/format/format';
import type { ScalingCurveView } from '@/lib/view/compare/scaling-curve';

const USL_COLOR = '#7c3aed';
const LINEAR_COLOR = '#64748b';

const usersTick = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1));

/** Users vs goodput for a slide: measured goodput (large), all requests (lighter), linear goodput from the
 *  smallest load, the USL model on goodput and its peak. */
export function ScalingCurveChart({ view }: { view: ScalingCurveView }) {
  return (
    <figure aria-label="Users vs goodput: measured, all requests, linear scaling and the USL model">
      <ComposedChart
        responsive
        data={view.rows}
        style={{ width: '100%', height: 420 }}
        margin={{ top: 12, right: 24, bottom: 24, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis
          dataKey="users"
          type="number"
          domain={[0, view.xMax]}
          ticks={view.xTicks}
          interval={0}
          tickFormatter={usersTick}
          {...AXIS_PROPS}
          tickMargin={8}
          allowDecimals={false}
          label={{ value: 'users', position: 'insideBottomRight', offset: -16, fill: COLORS.axis }}
        />
        <YAxis
          {...AXIS_PROPS}
          domain={[0, view.yMax]}
          ticks={view.yTicks}
          interval={0}
          allowDataOverflow
          tickFormatter={formatCountTick}
          width={72}
          label={{ value: 'successful req/s', angle: -90, position: 'insideLeft', fill: COLORS.axis }}
        />
        <Tooltip
          content={
            <ChartTooltip
              title={(label) => `${usersTick(Number(label))} users`}
              format={formatRate}
              order={['actual', 'actualRps', 'usl', 'linear']}
            />
          }
          isAnimationActive={false}
        />
        <Legend verticalAlign="top" align="right" />
        <Line
          dataKey="linear"
          name="Linear goodput"
          stroke={LINEAR_COLOR}
          strokeWidth={2}
          strokeDasharray="6 5"
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          type="linear"
        />
        {view.hasFit && (
          <Line
            dataKey="usl"
            name="USL model"
            stroke={USL_COLOR}
            strokeWidth={3}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            type="monotone"
          />
        )}
        <Line
          dataKey="actualRps"
          name="All requests"
          stroke={COLORS.brandLight}
          strokeWidth={2}
          connectNulls
          dot={{ r: 5, fill: COLORS.brandLight, strokeWidth: 0 }}
          activeDot={{ r: 6 }}
          isAnimationActive={false}
          type="linear"
        />
        <Line
          dataKey="actual"
          name="Goodput"
          stroke={COLORS.brand}
          strokeWidth={3}
          connectNulls
          dot={{ r: 7, fill: COLORS.brand, strokeWidth: 0 }}
          activeDot={{ r: 9 }}
          isAnimationActive={false}
          type="linear"
        />
        {view.ceiling && (
          <ReferenceLine y={view.ceiling.rps} stroke={USL_COLOR} strokeDasharray="3 4" ifOverflow="hidden" />
        )}
        {view.peak?.onChart && <ReferenceLine x={view.peak.users} stroke={USL_COLOR} strokeDasharray="3 4" />}
        {view.peak?.onChart && (
          <ReferenceDot x={view.peak.users} y={view.peak.rps} r={8} fill="#fff" stroke={USL_COLOR} strokeWidth={3} />
        )}
      </ComposedChart>
    </figure>
  );
}
