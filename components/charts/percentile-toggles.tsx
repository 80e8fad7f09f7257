'use client';
import { COLORS, percentileColor } from './chart-theme';

interface Props {
  keys: string[];
  visible: string[];
  onChange: (keys: string[]) => void;
}

/** One toggle button per percentile series. */
export function PercentileToggles({ keys, visible, onChange }: Props) {
  if (keys.length === 0) return null;
  const toggle = (key: string) =>
    onChange(
      visible.includes(key) ? visible.filter((k) => k !== key) : keys.filter((k) => k === key || visible.includes(k)),
    );
  return (
    <div role="group" aria-label="Percentiles shown" className="flex flex-wrap gap-1">
      {keys.map((key, i) => {
        const on = visible.includes(key);
        return (
          <button
            key={key}
            type="button"
            aria-pressed={on}
            onClick={() => toggle(key)}
            className={[
              'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium transition-colors',
              on
                ? 'border-slate-300 bg-white text-slate-800 shadow-sm'
                : 'border-transparent bg-slate-100 text-slate-400 hover:text-slate-600',
            ].join(' ')}
          >
            <span
              aria-hidden
              className="inline-block h-2 w-2 rounded-full"
              style={{ backgroundColor: on ? percentileColor(key, i) : COLORS.muted }}
            />
            P{key}
          </button>
        );
      })}
    </div>
  );
}
