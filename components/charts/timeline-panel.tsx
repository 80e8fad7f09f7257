'use client';
import { useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { formatCountTick, formatMsTick } from '@/lib/domain/charts/axis-format';
import { fromWire, type Wire } from '@/lib/domain/charts/wire';
import { sampleGoodput } from '@/lib/view/compare/overlay';
import { formatCount, formatMs, formatRate } from '@/lib/domain/format/format';
import { COLORS, percentileColor } from './chart-theme';
import { PercentileToggles } from './percentile-toggles';
import { TimeSeriesChart, type TimeAxisMode } from './time-series-chart';
import { TimelineControls } from './timeline-controls';
import { TimelineFootnote } from './timeline-footnote';
import type { TimelineHistory } from './timeline-types';
import { useEndpointTimeline } from './use-endpoint-timeline';
import { RequestError } from '@/components/ui/request-error';

const DEFAULT_PERCENTILES = ['50', '95', '99'];

/** `history` as one JSON string (lib/domain/charts/wire.ts): hundreds of points,
 *  and with a full history every endpoint's name. */
export function TimelinePanel({ runId, history: wire }: { runId: string; history: Wire<TimelineHistory> }) {
  const history = useMemo(() => fromWire(wire), [wire]);
  const aggregated = history.timeline;
  const [axis, setAxis] = useState<TimeAxisMode>('elapsed');
  const [seriesIndex, setSeriesIndex] = useState<number | null>(null);
  const choice = useMemo(
    () => (seriesIndex === null ? null : (history.endpointSeries[seriesIndex] ?? null)),
    [seriesIndex, history.endpointSeries],
  );
  const endpoint = useEndpointTimeline(runId, choice, {
    window: history.window,
    originS: aggregated.originS,
    resetsAtS: aggregated.resetsS.map((s) => s + (aggregated.originS ?? 0)),
  });
  const shown = choice && endpoint.status === 'ready' ? endpoint.timeline : aggregated;

  const available = shown.percentiles.map((p) => p.key);
  const defaults = DEFAULT_PERCENTILES.filter((k) => available.includes(k));
  const [picked, setPicked] = useState<string[] | null>(null);
  const visible = (picked ?? (defaults.length > 0 ? defaults : available)).filter((k) => available.includes(k));
  const percentileLines = shown.percentiles
    .map((p, i) => ({ key: p.key, dataKey: p.dataKey, name: `P${p.key}`, color: percentileColor(p.key, i) }))
    .filter((line) => visible.includes(line.key));
  const endS = Math.max(aggregated.endS, shown.endS);
  // Successful req/s = req/s − failures/s at each point where the history has both.
  const points = useMemo(() => shown.points.map((p) => ({ ...p, goodputRps: sampleGoodput(p) })), [shown.points]);
  const hasGoodput = points.some((p) => p.goodputRps !== null);
  const common = {
    data: points,
    endS,
    originS: aggregated.originS,
    axis,
    resetsS: shown.resetsS,
    syncId: `run-${runId}`,
  };
  const windowText = history.window === 'current-window' ? 'Current window (~10 s)' : 'Cumulative since start';

  return (
    <Card
      title={
        choice ? `Over time · ${choice.method ? `${choice.method} ` : ''}${choice.name}` : 'Over time · all endpoints'
      }
      actions={
        <TimelineControls
          axis={axis}
          onAxis={setAxis}
          series={history.endpointSeries}
          seriesIndex={seriesIndex}
          onSeries={setSeriesIndex}
        />
      }
    >
      <div className="relative space-y-8" aria-busy={endpoint.status === 'loading'}>
        {endpoint.status === 'loading' && (
          <p className="absolute top-0 right-0 z-10 rounded-md bg-white/90 px-2 py-1 text-xs text-slate-500 shadow-sm">
            Loading series…
          </p>
        )}
        {endpoint.status === 'error' && <RequestError error={`${endpoint.message} Showing all endpoints instead.`} />}
        <section aria-labelledby={`${runId}-rt`}>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
            <h3 id={`${runId}-rt`} className="text-sm font-semibold text-slate-800">
              Response-time percentiles{' '}
              <span className="ml-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                {windowText}
              </span>
            </h3>
            <PercentileToggles keys={available} visible={visible} onChange={setPicked} />
          </div>
          {percentileLines.length > 0 ? (
            <TimeSeriesChart
              {...common}
              title="Response-time percentiles"
              lines={percentileLines}
              yTickFormat={formatMsTick}
              valueFormat={formatMs}
              height={300}
              legend={false}
            />
          ) : (
            <p className="py-10 text-center text-sm text-slate-500">
              {available.length === 0 ? 'No percentile column in this time series.' : 'Pick at least one percentile.'}
            </p>
          )}
          <p className="mt-2 text-xs text-slate-500">{history.semanticsNote}</p>
        </section>
        <div className={`grid gap-8 ${shown.hasUsers ? 'lg:grid-cols-2' : ''}`}>
          <section aria-label="Throughput over time">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">
              Throughput and goodput{' '}
              <span className="font-normal text-slate-500">
                (current rate, per second; goodput = requests/s − failures/s)
              </span>
            </h3>
            <TimeSeriesChart
              {...common}
              title="Throughput and goodput"
              lines={[
                ...(hasGoodput ? [{ dataKey: 'goodputRps', name: 'Successful/s (goodput)', color: COLORS.ok }] : []),
                { dataKey: 'rps', name: 'Requests/s', color: COLORS.brand },
                { dataKey: 'failuresPerS', name: 'Failures/s', color: COLORS.bad },
              ]}
              yTickFormat={formatCountTick}
              valueFormat={formatRate}
            />
          </section>
          {shown.hasUsers && (
            <section aria-label="Users over time">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">Users</h3>
              <TimeSeriesChart
                {...common}
                title="Users"
                lines={[{ dataKey: 'users', name: 'Users', color: COLORS.users, step: true }]}
                yTickFormat={formatCountTick}
                valueFormat={formatCount}
                legend={false}
              />
            </section>
          )}
        </div>
        <TimelineFootnote timeline={shown} source={history.source} />
      </div>
    </Card>
  );
}
