'use client';
import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';

interface Props extends Partial<TooltipContentProps> {
  title: (label: string | number | undefined, payload: readonly { payload?: unknown }[]) => ReactNode;
  format: (value: number | null) => string;
  /** Data keys in display order (Recharts lists series in the order they were first drawn). */
  order?: string[];
}

/** Tooltip body: a title line, then one row per series (unknown values say so). */
export function ChartTooltip({ active, payload, label, title, format, order }: Props) {
  if (!active || !payload || payload.length === 0) return null;
  const rank = (key: unknown) => (order ? order.indexOf(String(key)) : 0);
  const entries = order ? [...payload].sort((a, b) => rank(a.dataKey) - rank(b.dataKey)) : payload;
  return (
    <div
      className={[
        'min-w-44 rounded-lg border border-slate-200 bg-white/95',
        'px-3 py-2 text-xs shadow-lg backdrop-blur-sm',
      ].join(' ')}
    >
      <div className="mb-1.5 font-medium text-slate-700">{title(label, payload)}</div>
      <ul className="space-y-1">
        {entries.map((entry) => {
          const value = typeof entry.value === 'number' && Number.isFinite(entry.value) ? entry.value : null;
          return (
            <li key={String(entry.dataKey ?? entry.name)} className="flex items-center justify-between gap-4">
              <span className="flex items-center gap-1.5 text-slate-600">
                <span
                  aria-hidden
                  className="inline-block h-2 w-2 rounded-full"
                  style={{ backgroundColor: entry.color ?? entry.stroke }}
                />
                {entry.name}
              </span>
              <span className={`num font-medium ${value === null ? 'text-slate-400' : 'text-slate-900'}`}>
                {value === null ? 'no data' : format(value)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
