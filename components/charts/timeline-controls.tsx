'use client';
import { useId, useMemo } from 'react';
import { segmentOption } from '@/components/ui/form-styles';
import { LazySelect } from '@/components/ui/lazy-select';
import type { TimeAxisMode } from './time-series-chart';

interface Props {
  axis: TimeAxisMode;
  onAxis: (axis: TimeAxisMode) => void;
  series: { method: string | null; name: string }[];
  seriesIndex: number | null;
  onSeries: (index: number | null) => void;
}

export function TimelineControls({ axis, onAxis, series, seriesIndex, onSeries }: Props) {
  const selectId = useId();
  const options = useMemo(
    () => series.map((s, i) => ({ value: String(i), label: s.method ? `${s.method} ${s.name}` : s.name })),
    [series],
  );
  return (
    <div className="flex min-w-0 flex-wrap items-center justify-end gap-3">
      {series.length > 0 && (
        <div className="flex min-w-0 items-center gap-2">
          <label htmlFor={selectId} className="text-sm text-slate-500">
            Series
          </label>
          <LazySelect
            id={selectId}
            value={seriesIndex === null ? '' : String(seriesIndex)}
            onChange={(v) => onSeries(v === '' ? null : Number(v))}
            emptyLabel="All endpoints (Aggregated)"
            options={options}
            className="w-64 max-w-full min-w-0"
          />
        </div>
      )}
      <div
        role="radiogroup"
        aria-label="Time axis"
        className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-sm"
      >
        {(['elapsed', 'clock'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={axis === mode}
            onClick={() => onAxis(mode)}
            className={`rounded-md px-2.5 py-1 ${segmentOption(axis === mode)}`}
          >
            {mode === 'elapsed' ? 'Elapsed' : 'Clock (UTC)'}
          </button>
        ))}
      </div>
    </div>
  );
}
