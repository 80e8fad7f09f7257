'use client';
// The Capacity section of a ramp or step run: the answer in one sentence, then users vs goodput (left axis,
// solid) and P95 (right axis, lighter) with the peak and the P95 limit; a GET form sets `?p95LimitMs=`.
import type { TooltipContentProps } from 'recharts';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from '@/components/charts/chart-frame';
import { AXIS_PROPS, COLORS, percentileColor } from '@/components/charts/chart-theme';
import { Card } from '@/components/ui/card';
import { formatCountTick, formatMsTick } from '@/lib/domain/charts/axis-format';
import { rangeSummary } from '@/lib/domain/charts/chart-summary';
import { formatMs, formatRate, NONE } from '@/lib/domain/format/format';
import type { CapacitySection as Section } from '@/lib/view/run/capacity';

const P95_COLOR = percentileColor('95', 0);
const LIMIT_COLOR = COLORS.bad;
const usersTick = (v: number) => v.toLocaleString('en-US');
const FIELD =
  'num w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm' +
  ' focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
const BUTTON =
  'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm' +
  ' hover:bg-slate-50';
const LINK = 'text-brand-700 underline';
const TIP = 'min-w-44 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-xs shadow-lg backdrop-blur-sm';
const NOTE = 'rounded-lg border border-amber-200 bg-amber-50/70 px-3 py-2 text-sm text-amber-900';
const last = (ticks: number[]) => ticks[ticks.length - 1] as number;

function CapacityTooltip({ active, payload, label, ramp }: Partial<TooltipContentProps> & { ramp: boolean }) {
  if (!active || !payload || payload.length === 0) return null;
  const value = (key: string) => {
    const v = payload.find((p) => p.dataKey === key)?.value;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const rows = [
    { name: 'Goodput', color: COLORS.brand, text: formatRate(value('goodputRps')) },
    { name: 'P95', color: P95_COLOR, text: formatMs(value('p95Ms')) },
  ];
  return (
    <div className={TIP}>
      <div className="mb-1.5 font-medium text-slate-700">
        {ramp ? '~' : ''}
        {Number(label).toLocaleString('en-US')} users
      </div>
      <ul className="space-y-1">
        {rows.map((r) => (
          <li key={r.name} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-slate-600">
              <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: r.color }} />
              {r.name}
            </span>
            <span className={`num font-medium ${r.text === NONE ? 'text-slate-400' : 'text-slate-900'}`}>
              {r.text === NONE ? 'no data' : r.text}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LimitForm({ section, path, keep }: Props) {
  const { limitMs, source, projectLimitMs } = section;
  const reset = `${path}${Object.keys(keep).length > 0 ? `?${new URLSearchParams(keep)}` : ''}`;
  return (
    <form method="get" action={path} className="flex flex-wrap items-end gap-x-3 gap-y-2" aria-label="P95 limit">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">P95 limit (ms)</span>
        <input
          name="p95LimitMs"
          type="number"
          min={1}
          step="any"
          inputMode="decimal"
          defaultValue={limitMs ?? ''}
          placeholder="e.g. 2000"
          className={FIELD}
        />
      </label>
      <button type="submit" className={BUTTON}>
        Apply
      </button>
      <span className="pb-1.5 text-xs text-slate-500">
        {source === 'user' && projectLimitMs !== null && (
          <>
            Your limit; the project&apos;s P95 criterion is {formatMs(projectLimitMs)}.{' '}
            <a className={LINK} href={reset}>
              Use it
            </a>
          </>
        )}
        {source === 'user' && projectLimitMs === null && (
          <>
            Your limit (the project has no P95 criterion).{' '}
            <a className={LINK} href={reset}>
              Clear
            </a>
          </>
        )}
        {source === 'project' && <>From the project&apos;s P95 criterion; enter another to try it (kept in the URL).</>}
        {source === null && <>The project has no P95 criterion: enter a limit to see where P95 crosses it.</>}
      </span>
    </form>
  );
}

/** An HTML legend above the chart: it wraps on narrow screens instead of running into the plot. */
function ChartLegend({ p95, limit, above }: { p95: boolean; limit: string | null; above: string | null }) {
  const item = 'flex items-center gap-1.5';
  return (
    <ul className="mb-1 flex flex-wrap justify-end gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      <li className={item}>
        <span aria-hidden className="h-0.5 w-4 rounded" style={{ backgroundColor: COLORS.brand }} />
        Goodput (successful req/s, left axis)
      </li>
      {p95 && (
        <li className={item}>
          <span aria-hidden className="h-0.5 w-4 rounded opacity-60" style={{ backgroundColor: P95_COLOR }} />
          P95 (right axis)
        </li>
      )}
      {limit && (
        <li className={item}>
          <span aria-hidden className="w-4 border-t-2 border-dashed" style={{ borderColor: LIMIT_COLOR }} />
          {limit}
        </li>
      )}
      {above && (
        <li className={item}>
          <span aria-hidden className="h-3 w-4 rounded-sm" style={{ backgroundColor: LIMIT_COLOR, opacity: 0.12 }} />
          {above}
        </li>
      )}
    </ul>
  );
}

interface Props {
  section: Section;
  /** The page's path, and the query parameters to keep when the limit changes (e.g. window). */
  path: string;
  keep: Record<string, string>;
}

export function CapacitySection({ section, path, keep }: Props) {
  const { view, shape, refused } = section;
  const ramp = shape === 'ramp';
  const xMax = last(view.xTicks);
  const hasP95 = view.p95Ticks.length > 0;
  const limit = hasP95 ? view.limit : null;
  // The region beyond the crossing; none when the crossing is the last load (it would have no width).
  const shaded = limit !== null && view.crossingUsers !== null && view.crossingUsers < xMax;
  const what = `${ramp ? 'ramp' : 'step'} run: goodput and P95 against users, from the history`;
  const users = view.rows.map((r) => r.users);
  const span =
    users.length > 0 ? `, ${Math.min(...users).toLocaleString('en-US')} to ${xMax.toLocaleString('en-US')} users` : '';
  const summary = [
    rangeSummary(
      `Goodput against users${span}`,
      [{ name: 'Goodput', values: view.rows.map((r) => r.goodputRps) }],
      formatRate,
    ),
    hasP95 ? rangeSummary('P95 against users', [{ name: 'P95', values: view.rows.map((r) => r.p95Ms) }], formatMs) : '',
    view.peak ? `${view.peak.label} at ${view.peak.users.toLocaleString('en-US')} users.` : '',
    limit ? `${limit.label}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Card title="Capacity" actions={<span className="text-xs text-slate-500">{what}</span>}>
      <div className="space-y-4" data-testid="capacity">
        <p className="text-base leading-relaxed font-medium text-slate-900" data-testid="capacity-sentence">
          {view.sentence}
        </p>
        {refused && <p className={NOTE}>{refused}.</p>}
        <figure>
          <ChartLegend p95={hasP95} limit={limit?.label ?? null} above={shaded ? view.crossingText : null} />
          <ChartFrame summary={summary}>
            <ComposedChart
              responsive
              data={view.rows}
              style={{ width: '100%', height: 300 }}
              margin={{ top: 18, right: hasP95 ? 4 : 48, bottom: 16, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={COLORS.grid} vertical={false} yAxisId="goodput" />
              <XAxis
                dataKey="users"
                type="number"
                domain={[0, xMax]}
                ticks={view.xTicks}
                interval={0}
                tickFormatter={usersTick}
                {...AXIS_PROPS}
                tickMargin={6}
                allowDecimals={false}
                label={{ value: 'users', position: 'insideBottomRight', offset: -10, fontSize: 12, fill: COLORS.axis }}
              />
              <YAxis
                yAxisId="goodput"
                {...AXIS_PROPS}
                domain={[0, last(view.goodputTicks)]}
                ticks={view.goodputTicks}
                interval={0}
                tickFormatter={formatCountTick}
                width={44}
              />
              {hasP95 && (
                <YAxis
                  yAxisId="p95"
                  orientation="right"
                  {...AXIS_PROPS}
                  domain={[0, last(view.p95Ticks)]}
                  ticks={view.p95Ticks}
                  interval={0}
                  tickFormatter={formatMsTick}
                  width={64}
                />
              )}
              <Tooltip content={<CapacityTooltip ramp={ramp} />} isAnimationActive={false} />
              {shaded && (
                <ReferenceArea
                  yAxisId="p95"
                  x1={view.crossingUsers as number}
                  x2={xMax}
                  fill={LIMIT_COLOR}
                  fillOpacity={0.05}
                  ifOverflow="hidden"
                />
              )}
              {limit && <ReferenceLine yAxisId="p95" y={limit.ms} stroke={LIMIT_COLOR} strokeDasharray="4 4" />}
              {hasP95 && (
                <Line
                  yAxisId="p95"
                  dataKey="p95Ms"
                  name="P95 (right axis)"
                  stroke={P95_COLOR}
                  strokeOpacity={0.6}
                  strokeWidth={1.75}
                  dot={{ r: 2.5, fill: P95_COLOR, fillOpacity: 0.6, strokeWidth: 0 }}
                  activeDot={{ r: 4 }}
                  connectNulls
                  isAnimationActive={false}
                  type="linear"
                />
              )}
              <Line
                yAxisId="goodput"
                dataKey="goodputRps"
                name="Goodput (successful req/s)"
                stroke={COLORS.brand}
                strokeWidth={2.5}
                dot={{ r: 3.5, fill: COLORS.brand, strokeWidth: 0 }}
                activeDot={{ r: 5 }}
                connectNulls
                isAnimationActive={false}
                type="linear"
              />
              {view.peak && (
                <ReferenceDot
                  yAxisId="goodput"
                  x={view.peak.users}
                  y={view.peak.goodputRps}
                  r={6}
                  fill={COLORS.surface}
                  stroke={COLORS.brand}
                  strokeWidth={2}
                  label={{ value: view.peak.label, position: 'top', fontSize: 11, fontWeight: 600, fill: COLORS.brand }}
                />
              )}
            </ComposedChart>
          </ChartFrame>
        </figure>
        {hasP95 && <LimitForm section={section} path={path} keep={keep} />}
        <p className="text-xs leading-relaxed text-slate-500">{view.method}</p>
      </div>
    </Card>
  );
}
