'use client';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_PROPS, COLORS, percentileColor } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { formatCountTick, formatMsTick } from '@/lib/domain/charts/axis-format';
import { categorySummary } from '@/lib/domain/charts/chart-summary';
import { formatMs, formatRate } from '@/lib/domain/format/format';
import { approxRate, type ScalingCurveView } from '@/lib/view/compare/scaling-curve';

const USL_COLOR = COLORS.usl;
const LINEAR_COLOR = COLORS.muted;
const P95_COLOR = percentileColor('95', 0);
const MEDIAN_COLOR = percentileColor('50', 0);
const MARGIN = { top: 8, right: 20, bottom: 16, left: 8 };
const LEGEND = { verticalAlign: 'top', align: 'right', wrapperStyle: { fontSize: 12 } } as const;
const STILL = { isAnimationActive: false } as const;
const RATE_ORDER = ['actual', 'actualRps', 'usl', 'linear'];
const MS_ORDER = ['p95', 'median'];

const usersTick = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1));
const usersTitle = (label: unknown, payload: readonly { payload?: unknown }[]) => {
  const run = payload.map((p) => (p.payload as { run?: string } | undefined)?.run).find(Boolean);
  const n = Number(label);
  return `${Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)} users${run ? ` · ${run}` : ''}`;
};
const usersAxis = (view: ScalingCurveView) => ({
  dataKey: 'users',
  type: 'number' as const,
  domain: [0, view.xMax] as [number, number],
  ticks: view.xTicks,
  interval: 0 as const,
  tickFormatter: usersTick,
  ...AXIS_PROPS,
  tickMargin: 6,
  allowDecimals: false,
  label: { value: 'users', position: 'insideBottomRight' as const, offset: -10, fontSize: 12, fill: COLORS.axis },
});
const dot = (r: number, fill: string) => ({ r, fill, strokeWidth: 0 });
const loads = (rows: readonly { users: number }[]) => rows.map((r) => `${r.users.toLocaleString('en-US')} users`);

/** Users vs goodput: measured, all requests (lighter), linear goodput from the smallest load, the USL model
 *  and its peak. `label` names what the chart is of (" of Build 1.3.0") in its text alternative (the numbers). */
export function GoodputCurveChart({
  view,
  over,
  height = 280,
  label = '',
}: {
  view: ScalingCurveView;
  over: string;
  height?: number;
  label?: string;
}) {
  const peak = view.peak?.onChart ? view.peak : null;
  const peakLabel = peak && `peak ${approxRate(peak.rps, view.digits)} @ ~${Number(peak.users.toPrecision(2))}`;
  const measured = view.rows.filter((r) => r.actual !== undefined);
  const series = [
    { name: 'Goodput', values: measured.map((r) => r.actual) },
    { name: 'All requests', values: measured.map((r) => r.actualRps) },
  ];
  const model = view.peak ?? view.ceiling;
  const summary =
    `${categorySummary(`Users vs goodput${label}`, loads(measured), series, formatRate)}` +
    (model ? ` USL model: ${model.text}` : '');
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-semibold text-slate-800">
        Goodput <span className="font-normal text-slate-500">(successful req/s, {over}; all requests lighter)</span>
      </figcaption>
      <ChartFrame summary={summary}>
        <ComposedChart
          responsive
          data={view.rows}
          style={{ width: '100%', height }}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis {...usersAxis(view)} />
          <YAxis
            {...AXIS_PROPS}
            domain={[0, view.yMax]}
            ticks={view.yTicks}
            interval={0}
            allowDataOverflow
            tickFormatter={formatCountTick}
            width={56}
          />
          <Tooltip {...STILL} content={<ChartTooltip title={usersTitle} format={formatRate} order={RATE_ORDER} />} />
          <Legend {...LEGEND} />
          <Line
            dataKey="linear"
            name="Linear goodput from the smallest load"
            stroke={LINEAR_COLOR}
            strokeDasharray="5 4"
            strokeWidth={1.5}
            dot={false}
            activeDot={false}
            type="linear"
            {...STILL}
          />
          {view.hasFit && (
            <Line
              dataKey="usl"
              name="USL model"
              stroke={USL_COLOR}
              strokeWidth={2}
              dot={false}
              activeDot={false}
              type="monotone"
              {...STILL}
            />
          )}
          <Line
            dataKey="actualRps"
            name="All requests (failed included)"
            stroke={COLORS.brandLight}
            strokeWidth={1.5}
            connectNulls
            dot={dot(3, COLORS.brandLight)}
            activeDot={{ r: 4 }}
            type="linear"
            {...STILL}
          />
          <Line
            dataKey="actual"
            name="Goodput"
            stroke={COLORS.brand}
            strokeWidth={2.5}
            connectNulls
            dot={dot(4.5, COLORS.brand)}
            activeDot={{ r: 6 }}
            type="linear"
            {...STILL}
          />
          {view.ceiling && (
            <ReferenceLine
              y={view.ceiling.rps}
              stroke={USL_COLOR}
              strokeDasharray="2 3"
              ifOverflow="hidden"
              label={{
                value: `ceiling ${approxRate(view.ceiling.rps, view.digits)}`,
                position: 'insideTopLeft',
                fontSize: 11,
                fill: USL_COLOR,
              }}
            />
          )}
          {peak && <ReferenceLine x={peak.users} stroke={USL_COLOR} strokeDasharray="2 3" />}
          {peak && (
            <ReferenceDot
              x={peak.users}
              y={peak.rps}
              r={6}
              fill={COLORS.surface}
              stroke={USL_COLOR}
              strokeWidth={2}
              label={{ value: peakLabel, position: 'top', fontSize: 11, fill: USL_COLOR }}
            />
          )}
        </ComposedChart>
      </ChartFrame>
    </figure>
  );
}

/** Users vs median and P95 response time. */
export function LatencyCurveChart({
  view,
  caption,
  height = 280,
  label = '',
}: {
  view: ScalingCurveView;
  caption: string;
  height?: number;
  label?: string;
}) {
  const series = [
    { name: 'P95', values: view.latency.map((r) => r.p95) },
    { name: 'Median', values: view.latency.map((r) => r.median) },
  ];
  const summary = categorySummary(
    `Users vs median and P95 response time${label}`,
    loads(view.latency),
    series,
    formatMs,
  );
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-semibold text-slate-800">
        Response time <span className="font-normal text-slate-500">({caption})</span>
      </figcaption>
      <ChartFrame summary={summary}>
        <LineChart
          responsive
          data={view.latency}
          style={{ width: '100%', height }}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis {...usersAxis(view)} />
          <YAxis {...AXIS_PROPS} domain={[0, 'auto']} tickFormatter={formatMsTick} width={64} />
          <Tooltip {...STILL} content={<ChartTooltip title={usersTitle} format={formatMs} order={MS_ORDER} />} />
          <Legend {...LEGEND} />
          <Line
            dataKey="p95"
            name="P95"
            stroke={P95_COLOR}
            strokeWidth={2}
            dot={dot(4, P95_COLOR)}
            connectNulls
            {...STILL}
          />
          <Line
            dataKey="median"
            name="Median"
            stroke={MEDIAN_COLOR}
            strokeWidth={2}
            dot={dot(4, MEDIAN_COLOR)}
            connectNulls
            {...STILL}
          />
        </LineChart>
      </ChartFrame>
    </figure>
  );
}

const HEADS = (stepped: boolean) => [
  'Users',
  stepped ? 'Step' : 'Run',
  'Goodput',
  'All requests',
  'Goodput if linear',
  'Efficiency',
  'Median',
  'P95',
];
const CELL = 'border-b border-slate-100 px-3 py-1.5 text-right';
const HEAD = 'border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold';
const efficiencyTone = (e: number | null) =>
  e === null ? 'text-slate-400' : e < 0.7 ? 'text-bad' : e < 0.9 ? 'text-warn' : 'text-ok';

/** The curve's points: users, run, goodput, all requests, linear goodput, efficiency, median, P95. */
export function CurvePointsTable({
  view,
  stepped,
  label = 'Scaling curve points',
}: {
  view: ScalingCurveView;
  stepped: boolean;
  label?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full border-separate border-spacing-0 text-sm" aria-label={label}>
        <thead>
          <tr className="text-xs tracking-wide text-slate-600 uppercase">
            {HEADS(stepped).map((h, i) => (
              <th key={h} scope="col" className={`${HEAD} ${i === 1 ? 'text-left' : 'text-right'}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="num">
          {view.points.map((p, i) => (
            <tr key={i} className="hover:bg-slate-50">
              <td className={`${CELL} font-medium text-slate-900`}>{p.users}</td>
              <td
                className="max-w-72 truncate border-b border-slate-100 px-3 py-1.5 text-left text-slate-700"
                title={p.label ?? undefined}
              >
                {p.label ?? '—'}
              </td>
              <td className={`${CELL} font-medium text-slate-900`}>{p.goodput}</td>
              <td className={`${CELL} text-slate-500`}>{p.rps}</td>
              <td className={`${CELL} text-slate-500`}>{p.linear}</td>
              <td className={`${CELL} font-medium ${efficiencyTone(p.efficiencyValue)}`}>{p.efficiency}</td>
              <td className={`${CELL} text-slate-700`}>{p.median}</td>
              <td className={`${CELL} text-slate-700`}>{p.p95}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
