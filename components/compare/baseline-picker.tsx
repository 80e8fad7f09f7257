'use client';
import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { pickHref } from '@/lib/view/compare/query';

/** The URL's state the pickers keep: the runs as given, the baseline, the chosen target (undefined: the
 *  default), the user's groups and the window. */
export interface PickState {
  ids: string[];
  baseline: string;
  target: string | undefined;
  groups: string[];
  window: string;
}

/** A run the pickers offer, in load order; `text` names it (with its build when builds are mixed). */
export interface PickOption {
  id: string;
  text: string;
}

/** One select that rewrites the URL (the page's only state), so the link stays shareable. */
interface RunPickerProps {
  label: string;
  value: string;
  options: PickOption[];
  state: PickState;
  /** The choice of a run id, as pickHref takes it. */
  pick: (id: string) => { baseline: string } | { target: string };
}

const SELECT =
  'min-w-0 max-w-64 truncate rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm ' +
  'shadow-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:opacity-60';

export function RunPicker({ label, value, options, state, pick }: RunPickerProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <form
      action="/compare"
      method="get"
      className="flex min-w-0 items-center gap-2"
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={id} className="text-sm text-slate-600">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        onChange={(e) => {
          const next = pick(e.target.value);
          startTransition(() => router.push(pickHref(state, next)));
        }}
        className={SELECT}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
      {pending && (
        <span className="text-xs text-slate-500" role="status">
          Comparing…
        </span>
      )}
    </form>
  );
}

/** The baseline: every run; choosing the chosen target as baseline swaps the two. */
export function BaselinePicker({ options, state }: { options: PickOption[]; state: PickState }) {
  const pick = (baseline: string) => ({ baseline });
  return <RunPicker label="Baseline" value={state.baseline} options={options} state={state} pick={pick} />;
}
