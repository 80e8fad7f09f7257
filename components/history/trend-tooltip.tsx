'use client';
// The trend chart's tooltip: the run (label, UTC time, commit), its value, and the sentence of each change
// point whose first run it is.
import type { TooltipContentProps } from 'recharts';
import type { TrendMetric } from '@/lib/domain/history/run-figures';
import { pointTitle, type ChangeMarker, type ChartPoint } from '@/lib/view/history/trend-chart';
import { formatTrendValue } from '@/lib/view/history/words';

interface Props extends Partial<TooltipContentProps> {
  metric: TrendMetric;
  eraReasons: Map<number, string>;
  markers: Map<number, ChangeMarker[]>;
}

const BOX =
  'max-w-80 min-w-44 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-xs shadow-lg backdrop-blur-sm';

export function TrendTooltip({ active, payload, metric, eraReasons, markers }: Props) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  const era = eraReasons.get(point.x);
  return (
    <div className={BOX}>
      <div className="mb-1 font-medium text-slate-700">{pointTitle(point)}</div>
      <div className="num font-medium text-slate-900">{formatTrendValue(metric, point.value)}</div>
      {era && <div className="mt-1 text-slate-600">New era: {era}</div>}
      {(markers.get(point.x) ?? []).map((m) => (
        <div key={m.id} className={`mt-1 font-medium ${m.regression ? 'text-bad' : 'text-ok'}`}>
          Change point ({m.status}): {m.sentence}
        </div>
      ))}
    </div>
  );
}
