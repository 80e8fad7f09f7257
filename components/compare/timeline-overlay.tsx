'use client';
import { useMemo } from 'react';
import { Card } from '@/components/ui/card';
import { formatCountTick, formatMsTick } from '@/lib/domain/charts/axis-format';
import { formatCount, formatDuration, formatMs, formatRate } from '@/lib/domain/format/format';
import type { RunInfo } from '@/lib/view/compare/model';
import { fromWire, type Wire } from '@/lib/domain/charts/wire';
import { overlayKey, type Overlay, type OverlayMetric } from '@/lib/view/compare/overlay';
import { OverlayChart } from './overlay-chart';
import { RunSwatch } from './run-swatch';

/** What the P95 line means for these runs: Locust's ~10 s window, or cumulative since the start. */
export function p95WindowText(runs: RunInfo[]): string {
  const windows = new Set(runs.filter((r) => r.history).map((r) => r.history!.window));
  if (windows.size === 0) return '';
  if (windows.size === 2) return 'window or cumulative, by run';
  return windows.has('current-window') ? 'current window (~10 s)' : 'cumulative since start';
}

/** `secondary`: drawn lighter and dashed in the same chart, per run (all requests beside goodput). */
const CHARTS: {
  metric: OverlayMetric;
  secondary?: OverlayMetric;
  title: string;
  unit: string;
  tick: (v: number) => string;
  value: (v: number | null) => string;
  step?: boolean;
}[] = [
  {
    metric: 'goodputRps',
    secondary: 'rps',
    title: 'Goodput',
    unit: 'successful req/s = req/s − failures/s; dashed: all requests',
    tick: formatCountTick,
    value: formatRate,
  },
  {
    metric: 'failuresPerS',
    title: 'Failures',
    unit: 'per second, current rate',
    tick: formatCountTick,
    value: formatRate,
  },
  { metric: 'p95', title: 'P95 response time', unit: '', tick: formatMsTick, value: formatMs },
  { metric: 'users', title: 'Users', unit: 'running', tick: formatCountTick, value: formatCount, step: true },
];

/** Goodput (with all requests dashed), failures/s, P95 and users of every run over elapsed time, one line per run. */
/** `overlay` as one JSON string (lib/domain/charts/wire.ts): a point per time step and run. */
export function TimelineOverlay({ overlay: wire, runs }: { overlay: Wire<Overlay>; runs: RunInfo[] }) {
  const overlay = useMemo(() => fromWire(wire), [wire]);
  const withHistory = runs.filter((r) => r.history);
  const without = runs.filter((r) => !r.history);
  const windowText = p95WindowText(runs);
  const notes = [...new Set(withHistory.map((r) => r.history!.semantics))];
  const mixed = new Set(withHistory.map((r) => r.history!.window)).size > 1;

  return (
    <Card
      title="Over time · runs aligned by elapsed time"
      actions={<span className="text-xs text-slate-500">x = time since each run&apos;s first sample</span>}
    >
      {withHistory.length === 0 ? (
        <p className="text-sm text-slate-600">
          None of these runs has a time series: upload each run&apos;s{' '}
          <code className="font-mono text-xs">_stats_history.csv</code> or HTML report to overlay throughput, failures,
          P95 and users.
        </p>
      ) : (
        <div className="space-y-5">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Runs">
            {withHistory.map((r) => (
              <li key={r.id} className="flex items-center gap-1.5">
                <RunSwatch color={r.color} line />
                {r.name}
                {mixed && (
                  <span className="text-slate-500">
                    ({r.history!.window === 'current-window' ? 'P95 windowed' : 'P95 cumulative'})
                  </span>
                )}
              </li>
            ))}
          </ul>
          <div className="grid gap-x-8 gap-y-6 lg:grid-cols-2">
            {CHARTS.map((chart) => {
              const shown = runs.map((r, i) => ({ run: r, i }));
              const lines = [
                ...shown
                  .filter(({ i }) => overlay.has[chart.metric][i])
                  .map(({ run, i }) => ({
                    dataKey: overlayKey(chart.metric, i),
                    name: chart.secondary ? `${run.name} · successful` : run.name,
                    color: run.color,
                  })),
                ...(chart.secondary
                  ? shown
                      .filter(({ i }) => overlay.has[chart.secondary!][i])
                      .map(({ run, i }) => ({
                        dataKey: overlayKey(chart.secondary!, i),
                        name: `${run.name} · all requests`,
                        color: run.color,
                        secondary: true,
                      }))
                  : []),
              ];
              const unit = chart.metric === 'p95' ? windowText : chart.unit;
              return (
                <section key={chart.metric} aria-label={`${chart.title} over time`}>
                  <h3 className="mb-1 text-sm font-semibold text-slate-800">
                    {chart.title} {unit && <span className="font-normal text-slate-500">({unit})</span>}
                  </h3>
                  {lines.length > 0 ? (
                    <OverlayChart
                      title={chart.title}
                      data={overlay.points}
                      lines={lines}
                      endS={overlay.endS}
                      yTickFormat={chart.tick}
                      valueFormat={chart.value}
                      step={chart.step}
                      syncId="compare-overlay"
                    />
                  ) : (
                    <p
                      className={[
                        'flex h-[220px] items-center justify-center rounded-lg border',
                        'border-dashed border-slate-200 text-sm text-slate-500',
                      ].join(' ')}
                    >
                      No run has this series.
                    </p>
                  )}
                </section>
              );
            })}
          </div>
          <div className="space-y-1 border-t border-slate-100 pt-3 text-xs text-slate-500">
            {without.length > 0 && (
              <p className="text-slate-700">
                Without a time series (not drawn): {without.map((r) => r.name).join(', ')}. Upload the run&apos;s{' '}
                <code className="font-mono">_stats_history.csv</code> or HTML report to include it.
              </p>
            )}
            <p>
              Each point covers {formatDuration(overlay.stepS)}: rates averaged, users and P95 at their maximum. Gaps
              mark moments without data.
            </p>
            {notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}
