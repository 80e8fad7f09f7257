'use client';
import { CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, COLORS } from '@/components/charts/chart-theme';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { formatCountTick, formatMsTick } from '@/lib/charts/axis-format';
import { formatMs, formatRate } from '@/lib/format/format';
import { approxRate, type ScalingCurveView } from '@/lib/compare-view/scaling-curve';

const USL_COLOR = '#7c3aed';
const LINEAR_COLOR = '#94a3b8';
const P95_COLOR = '#d97706';
const MEDIAN_COLOR = '#0d9488';

const usersTick = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1));
const usersTitle = (label: unknown, payload: readonly { payload?: unknown }[]) => {
  const run = (payload.find((p) => (p.payload as { run?: string } | undefined)?.run)?.payload as { run?: string } | undefined)?.run;
  const n = Number(label);
  return `${Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)} users${run ? ` · ${run}` : ''}`;
};
const usersAxis = (view: ScalingCurveView) => ({
  dataKey: 'users', type: 'number' as const, domain: [0, view.xMax] as [number, number], ticks: view.xTicks, interval: 0 as const,
  tickFormatter: usersTick, ...AXIS_PROPS, tickMargin: 6, allowDecimals: false,
  label: { value: 'users', position: 'insideBottomRight' as const, offset: -10, fontSize: 12, fill: COLORS.axis },
});

/** Users vs goodput: measured, all requests (lighter), linear goodput from the smallest load, the USL model and its peak. */
export function GoodputCurveChart({ view, over, height = 280, label = '' }: { view: ScalingCurveView; over: string; height?: number; label?: string }) {
  return (
    <figure aria-label={`Users vs goodput${label}: measured, all requests, linear scaling and the USL model`}>
      <figcaption className="mb-1 text-sm font-semibold text-slate-800">Goodput <span className="font-normal text-slate-500">(successful req/s, {over}; all requests lighter)</span></figcaption>
      <ComposedChart responsive data={view.rows} style={{ width: '100%', height }} margin={{ top: 8, right: 20, bottom: 16, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis {...usersAxis(view)} />
        <YAxis {...AXIS_PROPS} domain={[0, view.yMax]} ticks={view.yTicks} interval={0} allowDataOverflow tickFormatter={formatCountTick} width={56} />
        <Tooltip content={<ChartTooltip title={usersTitle} format={formatRate} order={['actual', 'actualRps', 'usl', 'linear']} />} isAnimationActive={false} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="linear" name="Linear goodput from the smallest load" stroke={LINEAR_COLOR} strokeDasharray="5 4" strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} type="linear" />
        {view.hasFit && <Line dataKey="usl" name="USL model" stroke={USL_COLOR} strokeWidth={2} dot={false} activeDot={false} isAnimationActive={false} type="monotone" />}
        <Line dataKey="actualRps" name="All requests (failed included)" stroke={COLORS.brandLight} strokeWidth={1.5} connectNulls dot={{ r: 3, fill: COLORS.brandLight, strokeWidth: 0 }} activeDot={{ r: 4 }} isAnimationActive={false} type="linear" />
        <Line dataKey="actual" name="Goodput" stroke={COLORS.brand} strokeWidth={2.5} connectNulls dot={{ r: 4.5, fill: COLORS.brand, strokeWidth: 0 }} activeDot={{ r: 6 }} isAnimationActive={false} type="linear" />
        {view.ceiling && <ReferenceLine y={view.ceiling.rps} stroke={USL_COLOR} strokeDasharray="2 3" ifOverflow="hidden" label={{ value: `ceiling ${approxRate(view.ceiling.rps, view.digits)}`, position: 'insideTopLeft', fontSize: 11, fill: USL_COLOR }} />}
        {view.peak?.onChart && <ReferenceLine x={view.peak.users} stroke={USL_COLOR} strokeDasharray="2 3" />}
        {view.peak?.onChart && (
          <ReferenceDot x={view.peak.users} y={view.peak.rps} r={6} fill="#fff" stroke={USL_COLOR} strokeWidth={2} label={{ value: `peak ${approxRate(view.peak.rps, view.digits)} @ ~${Number(view.peak.users.toPrecision(2))}`, position: 'top', fontSize: 11, fill: USL_COLOR }} />
        )}
      </ComposedChart>
    </figure>
  );
}

/** Users vs median and P95 response time. */
export function LatencyCurveChart({ view, caption, height = 280, label = '' }: { view: ScalingCurveView; caption: string; height?: number; label?: string }) {
  return (
    <figure aria-label={`Users vs median and P95 response time${label}`}>
      <figcaption className="mb-1 text-sm font-semibold text-slate-800">Response time <span className="font-normal text-slate-500">({caption})</span></figcaption>
      <LineChart responsive data={view.latency} style={{ width: '100%', height }} margin={{ top: 8, right: 20, bottom: 16, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis {...usersAxis(view)} />
        <YAxis {...AXIS_PROPS} domain={[0, 'auto']} tickFormatter={formatMsTick} width={64} />
        <Tooltip content={<ChartTooltip title={usersTitle} format={formatMs} order={['p95', 'median']} />} isAnimationActive={false} />
        <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="p95" name="P95" stroke={P95_COLOR} strokeWidth={2} dot={{ r: 4, fill: P95_COLOR, strokeWidth: 0 }} connectNulls isAnimationActive={false} />
        <Line dataKey="median" name="Median" stroke={MEDIAN_COLOR} strokeWidth={2} dot={{ r: 4, fill: MEDIAN_COLOR, strokeWidth: 0 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}

/** The curve's points: users, run, goodput, all requests, linear goodput, efficiency, median, P95. */
export function CurvePointsTable({ view, stepped, label = 'Scaling curve points' }: { view: ScalingCurveView; stepped: boolean; label?: string }) {
  const cell = 'border-b border-slate-100 px-3 py-1.5 text-right';
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full border-separate border-spacing-0 text-sm" aria-label={label}>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-600">
            {['Users', stepped ? 'Step' : 'Run', 'Goodput', 'All requests', 'Goodput if linear', 'Efficiency', 'Median', 'P95'].map((h, i) => (
              <th key={h} scope="col" className={`border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold ${i === 1 ? 'text-left' : 'text-right'}`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="num">
          {view.points.map((p, i) => (
            <tr key={i} className="hover:bg-slate-50">
              <td className={`${cell} font-medium text-slate-900`}>{p.users}</td>
              <td className="max-w-72 truncate border-b border-slate-100 px-3 py-1.5 text-left text-slate-700" title={p.label ?? undefined}>{p.label ?? '—'}</td>
              <td className={`${cell} font-medium text-slate-900`}>{p.goodput}</td>
              <td className={`${cell} text-slate-500`}>{p.rps}</td>
              <td className={`${cell} text-slate-500`}>{p.linear}</td>
              <td className={`${cell} font-medium ${p.efficiencyValue === null ? 'text-slate-400' : p.efficiencyValue < 0.7 ? 'text-bad' : p.efficiencyValue < 0.9 ? 'text-warn' : 'text-ok'}`}>{p.efficiency}</td>
              <td className={`${cell} text-slate-700`}>{p.median}</td>
              <td className={`${cell} text-slate-700`}>{p.p95}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
