'use client';
import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { compareHref } from '@/lib/compare-view/query';

/** Changing the baseline rewrites the URL (the page's only state), so the link stays shareable. */
export function BaselinePicker({ ids, names, baselineId, groups, window = 'whole' }: { ids: string[]; names: string[]; baselineId: string; groups: string[]; window?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <form action="/compare" method="get" className="flex items-center gap-2" onSubmit={(e) => e.preventDefault()}>
      <input type="hidden" name="runs" value={ids.join(',')} />
      {window !== 'whole' && <input type="hidden" name="window" value={window} />}
      <label htmlFor={id} className="text-sm text-slate-600">Baseline</label>
      <select
        id={id}
        name="baseline"
        value={baselineId}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(() => router.push(compareHref(ids, next, false, groups, window)));
        }}
        className="max-w-64 truncate rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:opacity-60"
      >
        {ids.map((runId, i) => (
          <option key={runId} value={runId}>{names[i]}</option>
        ))}
      </select>
      {pending && <span className="text-xs text-slate-500" role="status">Comparing…</span>}
    </form>
  );
}
