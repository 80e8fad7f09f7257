'use client';
// The compare page's baseline rule picker: a rule of the target's project by name (`baseline=rule:NAME` in the URL,
// resolved by the server against the target; its run replaces the baseline), and, when the URL names one, which run
// it picked and why.
import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { compareHref } from '@/lib/view/compare/query';
import type { CompareRules } from '@/lib/view/compare/rules';
import type { PickState } from './baseline-picker';

const SELECT =
  'min-w-0 max-w-56 truncate rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:opacity-60';

/** Nothing when the project has no rule (and the URL names none). */
export function RulePicker({ rules, state, targetId }: { rules: CompareRules; state: PickState; targetId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  if (rules.rules.length === 0 && rules.chosen === null) return null;
  // The rule's run takes the baseline's place: the run that was the baseline leaves the comparison.
  const ids = rules.ids.filter((id) => id !== state.baseline);
  const pick = (name: string) =>
    startTransition(() => router.push(compareHref(ids, `rule:${name}`, false, state.groups, state.window, targetId)));
  return (
    <form
      action="/compare"
      method="get"
      className="flex min-w-0 items-center gap-2"
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={id} className="text-sm text-slate-600">
        Baseline rule
      </label>
      <select
        id={id}
        value={rules.chosen?.name ?? ''}
        disabled={pending}
        onChange={(e) => pick(e.target.value)}
        className={SELECT}
      >
        {rules.chosen === null && (
          <option value="" disabled>
            pick a rule…
          </option>
        )}
        {rules.rules.map((r) => (
          <option key={r.name} value={r.name} title={r.description}>
            {r.name}
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

/** "Baseline picked by rule median: run “m4” has the lower median P95 …" */
export function RuleNote({ chosen }: { chosen: NonNullable<CompareRules['chosen']> }) {
  return (
    <p className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" role="note">
      Baseline picked by rule <code className="font-mono font-semibold text-slate-900">{chosen.name}</code>:{' '}
      {chosen.reason}.
    </p>
  );
}
