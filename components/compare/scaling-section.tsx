'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, AXIS_TICK, COLORS } from '@/components/charts/chart-theme';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Scaling } from '@/lib/domain/analysis/types';
import { formatCountTick } from '@/lib/domain/charts/axis-format';
import { categorySummary } from '@/lib/domain/charts/chart-summary';
import { formatChange, formatRate } from '@/lib/domain/format/format';
import { formatUsers } from '@/lib/domain/report/metric-format';
import { pairDiffers } from '@/lib/domain/analysis/scaling';
import { scalingSentence, VERDICT_WORDS, type ScalingBar } from '@/lib/view/compare/scaling';

const VERDICT_TONE = { linear: 'ok', sublinear: 'warn', saturated: 'bad', unknown: 'neutral' } as const;

/** Goodput (successful req/s) if it grew with users from the run with fewer users, against the actual,
 *  the gap and the analysis' one verdict; all-requests throughput beside it, lighter. */
export function ScalingSection({
  scaling,
  bars,
  targetName,
  over = 'whole run',
  brief = false,
}: {
  scaling: Scaling | null;
  bars: ScalingBar[] | null;
  targetName: string;
  over?: string;
  /** Slides: without the paragraph of figures (the page and the report keep it), so the slide fits 1080p. */
  brief?: boolean;
}) {
  // Builds mixed: a bar says its build too (two "100 users" bars of two builds read apart).
  const mixed = (bars ?? []).some((b) => b.build !== undefined);
  const barName = (b: ScalingBar) =>
    b.users === null ? b.name : mixed ? `${formatUsers(b.users)} · ${b.build ?? 'no build'}` : formatUsers(b.users);
  const data = (bars ?? []).map((b) => ({
    name: barName(b),
    run: b.name,
    expected: b.expected,
    actual: b.actual,
    actualRps: b.actualRps,
  }));
  const curveWords = mixed
    ? "the curve of the target's build (see Scaling across loads: builds are never fitted together)"
    : "the curve's over every load compared (see Scaling across loads)";
  return (
    <Card
      title="Scaling"
      actions={
        <span className="text-xs text-slate-500">
          goodput against load, from the run with the fewest users{mixed ? ' of each build' : ''}
        </span>
      }
    >
      {bars === null && !scaling ? (
        <p className="text-sm text-slate-600">
          No scaling verdict: the runs share the same user count, or the run with the fewest users has no user count or
          goodput (enter the user count on the run page to analyse scaling).
        </p>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          {scaling ? (
            <div className="space-y-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={VERDICT_TONE[scaling.verdict]}>{scaling.verdict}</Badge>
                <span className="text-sm font-medium text-slate-800">
                  {scaling.fromUsers.toLocaleString('en-US')} → {scaling.toUsers.toLocaleString('en-US')} users
                </span>
                {pairDiffers(scaling) !== null && (
                  <span className="text-xs text-slate-500" data-testid="pair-differs">
                    the curve&apos;s verdict over every load; this pair alone scales {pairDiffers(scaling)}
                  </span>
                )}
              </div>
              <dl className="grid grid-cols-3 gap-3">
                <Figure term="Expected" value={formatRate(scaling.expectedGoodputRps)} hint="goodput if linear" />
                <Figure
                  term="Actual"
                  value={formatRate(scaling.actualGoodputRps)}
                  hint={`goodput at ${scaling.toUsers.toLocaleString('en-US')} users, ${over}`}
                />
                <Figure
                  term="Gap"
                  value={formatChange(scaling.goodputGap)}
                  hint="vs linear"
                  tone={
                    scaling.verdict === 'saturated'
                      ? 'text-bad'
                      : scaling.verdict === 'sublinear'
                        ? 'text-warn'
                        : undefined
                  }
                />
              </dl>
              <p className="text-xs text-slate-500">
                All requests, failed included: {formatRate(scaling.expectedRps)} if linear,{' '}
                {formatRate(scaling.actualRps)} actual ({formatChange(scaling.gap)}); failed requests are not capacity.
              </p>
              <p className="text-sm text-slate-700">{VERDICT_WORDS[scaling.verdict]}</p>
              {!brief && (
                <p className="text-xs text-slate-500">
                  {scalingSentence(scaling)} The verdict is {curveWords}; for {targetName} against the baseline the gap
                  above is this pair&apos;s.
                </p>
              )}
            </div>
          ) : (
            <p className="text-sm text-slate-600">
              No scaling verdict for {targetName}: it ran at the baseline&apos;s load, or its user count is unknown. The
              chart shows the other runs.
            </p>
          )}
          {data.length > 0 && (
            <ChartFrame
              summary={categorySummary(
                'Goodput per run: expected if linear vs actual, and all requests',
                data.map((d) => d.run),
                [
                  { name: 'Linear goodput', values: data.map((d) => d.expected) },
                  { name: 'Goodput', values: data.map((d) => d.actual) },
                  { name: 'All requests', values: data.map((d) => d.actualRps) },
                ],
                formatRate,
              )}
            >
              <BarChart
                responsive
                data={data}
                style={{ width: '100%', height: 240 }}
                margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
                barGap={2}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke={COLORS.grid} vertical={false} />
                <XAxis dataKey="name" {...AXIS_PROPS} interval={0} tickMargin={6} tick={<TwoLineTick />} height={48} />
                <YAxis {...AXIS_PROPS} tickFormatter={formatCountTick} width={56} />
                <Tooltip
                  cursor={{ fill: COLORS.cursor }}
                  content={
                    <ChartTooltip
                      title={(_, payload) => String((payload[0]?.payload as { run?: string } | undefined)?.run ?? '')}
                      format={formatRate}
                      order={['expected', 'actual', 'actualRps']}
                    />
                  }
                  isAnimationActive={false}
                />
                <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                <Bar
                  dataKey="expected"
                  name="Linear goodput"
                  fill={COLORS.muted}
                  radius={[3, 3, 0, 0]}
                  maxBarSize={48}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="actual"
                  name="Goodput (successful req/s)"
                  fill={COLORS.brand}
                  radius={[3, 3, 0, 0]}
                  maxBarSize={48}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="actualRps"
                  name="All requests/s"
                  fill={COLORS.brandLight}
                  radius={[3, 3, 0, 0]}
                  maxBarSize={48}
                  isAnimationActive={false}
                />
              </BarChart>
            </ChartFrame>
          )}
        </div>
      )}
    </Card>
  );
}

/** A bar's name on two lines ("100" over "users", or "100 users" over its build "1.3.1-fix"), so the names of
 *  neighbouring bars never run into each other on a phone. */
function TwoLineTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value?: string } }) {
  const [users, build] = twoLines(String(payload?.value ?? ''));
  return (
    // Recharts' tick class: the deck's CSS sizes it for the room (≥ 18 px at 1920×1080), as the other ticks.
    <text
      x={x}
      y={y}
      className="recharts-cartesian-axis-tick-value"
      textAnchor="middle"
      fontSize={AXIS_TICK.fontSize}
      fill={AXIS_TICK.fill}
    >
      <tspan x={x} dy="0.9em">
        {users}
      </tspan>
      {build && (
        <tspan x={x} dy="1.2em">
          {build}
        </tspan>
      )}
    </text>
  );
}

function Figure({ term, value, hint, tone }: { term: string; value: string; hint: string; tone?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 px-3 py-2">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className={`num mt-0.5 text-lg font-semibold ${tone ?? 'text-slate-900'}`}>{value}</dd>
      <dd className="text-[11px] text-slate-500">{hint}</dd>
    </div>
  );
}

function twoLines(name: string): [string, string | undefined] {
  if (name.includes(' · ')) return name.split(' · ') as [string, string];
  const space = name.indexOf(' ');
  return space < 0 ? [name, undefined] : [name.slice(0, space), name.slice(space + 1)];
}
