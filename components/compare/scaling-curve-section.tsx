'use client';
import { CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, COLORS, percentileColor } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatCountTick, formatMsTick } from '@/lib/charts/axis-format';
import { categorySummary } from '@/lib/charts/chart-summary';
import { formatMs, formatRate } from '@/lib/format/format';
import { approxRate, type ScalingCurveView } from '@/lib/compare-view/scaling-curve';

const VERDICT_TONE = { linear: 'ok', sublinear: 'warn', saturated: 'bad', unknown: 'neutral' } as const;
const USL_COLOR = COLORS.usl;
const LINEAR_COLOR = COLORS.muted;
const P95_COLOR = percentileColor('95', 0);
const MEDIAN_COLOR = percentileColor('50', 0);

const usersTick = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1));
const usersTitle = (label: unknown, payload: readonly { payload?: unknown }[]) => {
  const run = (payload.find((p) => (p.payload as { run?: string } | undefined)?.run)?.payload as { run?: string } | undefined)?.run;
  const n = Number(label);
  return `${Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)} users${run ? ` · ${run}` : ''}`;
};

/** Users vs goodput (measured, all requests lighter, linear goodput, USL on goodput with its peak) and vs
 *  median/P95, with the analysis' verdict and its evidence as given. */
export function ScalingCurveSection({ view, stepped, over = 'whole run' }: { view: ScalingCurveView; stepped: boolean; over?: string }) {
  const xDomain: [number, number] = [0, view.xMax];
  const measured = view.rows.filter((r) => r.actual !== undefined);
  const loads = (rows: { users: number }[]) => rows.map((r) => `${r.users.toLocaleString('en-US')} users`);
  return (
    <Card title="Scaling across loads" actions={<span className="text-xs text-slate-500">{stepped ? 'every load step' : 'every run with a user count'} on one users axis</span>}>
      <div className="space-y-5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <Badge tone={VERDICT_TONE[view.verdict]}>{view.verdict}{view.saturationUsers !== null ? ` from ${view.saturationUsers.toLocaleString('en-US')} users` : ''}</Badge>
          {view.fitText ? (
            <span className="text-sm text-slate-700"><span className="font-medium">USL fit:</span> {view.fitText}</span>
          ) : (
            <span className="text-sm text-slate-500">No USL fit (it needs 3 distinct loads): measured points and linear scaling only.</span>
          )}
        </div>
        {(view.peak || view.ceiling) && (
          <p className="text-sm font-medium text-slate-800" data-testid="usl-peak">
            {view.peak?.text ?? view.ceiling?.text}
            {view.peak && !view.peak.onChart && <span className="font-normal text-slate-500"> (off the chart: more than twice the largest load)</span>}
          </p>
        )}
        <div className="grid gap-x-8 gap-y-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <figure>
            <figcaption className="mb-1 text-sm font-semibold text-slate-800">Goodput <span className="font-normal text-slate-500">(successful req/s, {over}; all requests lighter)</span></figcaption>
            <ChartFrame summary={`${categorySummary('Users vs goodput', loads(measured), [{ name: 'Goodput', values: measured.map((r) => r.actual) }, { name: 'All requests', values: measured.map((r) => r.actualRps) }], formatRate)}${view.peak || view.ceiling ? ` USL model: ${(view.peak ?? view.ceiling)!.text}` : ''}`}>
            <ComposedChart responsive data={view.rows} style={{ width: '100%', height: 280 }} margin={{ top: 8, right: 20, bottom: 16, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="users" type="number" domain={xDomain} ticks={view.xTicks} interval={0} tickFormatter={usersTick} {...AXIS_PROPS} tickMargin={6} allowDecimals={false} label={{ value: 'users', position: 'insideBottomRight', offset: -10, fontSize: 12, fill: COLORS.axis }} />
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
                <ReferenceDot x={view.peak.users} y={view.peak.rps} r={6} fill={COLORS.surface} stroke={USL_COLOR} strokeWidth={2} label={{ value: `peak ${approxRate(view.peak.rps, view.digits)} @ ~${Number(view.peak.users.toPrecision(2))}`, position: 'top', fontSize: 11, fill: USL_COLOR }} />
              )}
            </ComposedChart>
            </ChartFrame>
          </figure>
          <figure>
            <figcaption className="mb-1 text-sm font-semibold text-slate-800">Response time <span className="font-normal text-slate-500">({stepped ? 'median of ~10 s windows per step' : over})</span></figcaption>
            <ChartFrame summary={categorySummary('Users vs median and P95 response time', loads(view.latency), [{ name: 'P95', values: view.latency.map((r) => r.p95) }, { name: 'Median', values: view.latency.map((r) => r.median) }], formatMs)}>
            <LineChart responsive data={view.latency} style={{ width: '100%', height: 280 }} margin={{ top: 8, right: 20, bottom: 16, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="users" type="number" domain={xDomain} ticks={view.xTicks} interval={0} tickFormatter={usersTick} {...AXIS_PROPS} tickMargin={6} allowDecimals={false} label={{ value: 'users', position: 'insideBottomRight', offset: -10, fontSize: 12, fill: COLORS.axis }} />
              <YAxis {...AXIS_PROPS} domain={[0, 'auto']} tickFormatter={formatMsTick} width={64} />
              <Tooltip content={<ChartTooltip title={usersTitle} format={formatMs} order={['p95', 'median']} />} isAnimationActive={false} />
              <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 12 }} />
              <Line dataKey="p95" name="P95" stroke={P95_COLOR} strokeWidth={2} dot={{ r: 4, fill: P95_COLOR, strokeWidth: 0 }} connectNulls isAnimationActive={false} />
              <Line dataKey="median" name="Median" stroke={MEDIAN_COLOR} strokeWidth={2} dot={{ r: 4, fill: MEDIAN_COLOR, strokeWidth: 0 }} connectNulls isAnimationActive={false} />
            </LineChart>
            </ChartFrame>
          </figure>
        </div>
        <p className="text-sm leading-relaxed text-slate-700" data-testid="scaling-evidence">{view.evidence}</p>
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Scaling curve points">
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
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right font-medium text-slate-900">{p.users}</td>
                  <td className="max-w-72 truncate border-b border-slate-100 px-3 py-1.5 text-left text-slate-700" title={p.label ?? undefined}>{p.label ?? '—'}</td>
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right font-medium text-slate-900">{p.goodput}</td>
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right text-slate-500">{p.rps}</td>
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right text-slate-500">{p.linear}</td>
                  <td className={`border-b border-slate-100 px-3 py-1.5 text-right font-medium ${p.efficiencyValue === null ? 'text-slate-400' : p.efficiencyValue < 0.7 ? 'text-bad' : p.efficiencyValue < 0.9 ? 'text-warn' : 'text-ok'}`}>{p.efficiency}</td>
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right text-slate-700">{p.median}</td>
                  <td className="border-b border-slate-100 px-3 py-1.5 text-right text-slate-700">{p.p95}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-slate-500">
          Efficiency = goodput (successful req/s) ÷ linear goodput from the smallest load: ≥ 90% linear, ≥ 70% sublinear, below that saturated; failed requests are not capacity. The Universal Scalability Law is fitted on goodput (contention σ, coherency κ) from 3 distinct loads; with few loads it describes rather than tests, and a peak beyond the largest load is an extrapolation. Model figures carry {view.digits} significant digits.
          {view.excluded.length > 0 && ` Left out: ${view.excluded.join(', ')}.`}
        </p>
      </div>
    </Card>
  );
}
