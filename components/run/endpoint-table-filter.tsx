'use client';
import { useId } from 'react';
import { SEARCH_INPUT } from '@/components/ui/form-styles';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  shown: number;
  total: number;
  sorted: boolean;
  onResetSort: () => void;
}

export function EndpointTableFilter({ query, onQuery, shown, total, sorted, onResetSort }: Props) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label htmlFor={id} className="sr-only">
        Filter endpoints by method or name
      </label>
      <div className="relative w-full max-w-sm">
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-2.5 left-2.5 h-4 w-4 text-slate-400"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.8}
        >
          <circle cx="9" cy="9" r="5.5" />
          <path d="M13.5 13.5L17 17" strokeLinecap="round" />
        </svg>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder="Filter by method or name…"
          className={SEARCH_INPUT}
        />
      </div>
      <p className="text-sm text-slate-500" aria-live="polite">
        {shown === total
          ? `${total.toLocaleString('en-US')} endpoints`
          : `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} endpoints`}
      </p>
      {sorted && (
        <button type="button" onClick={onResetSort} className="text-sm text-brand-600 hover:text-brand-700">
          Reset sort
        </button>
      )}
      <p data-print-hide className="ml-auto hidden text-xs text-slate-500 md:block">
        Click a row to plot its percentiles.
      </p>
    </div>
  );
}
