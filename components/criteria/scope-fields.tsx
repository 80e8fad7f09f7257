'use client';
// The criteria editor's "Applies to" fields: which runs the set judges (users, tags, label glob,
// profile). Empty fields: every run. Stateless: the state is the CriteriaForm's `scope`.
import { useId } from 'react';
import { FieldError } from './field-error';
import { SMALL_FIELD, SMALL_LABEL } from '@/components/ui/form-styles';
import type { CriteriaForm } from './use-criteria-form';

const FIELDS = [
  { key: 'userCount', label: 'Users', placeholder: '100', hint: 'exactly this many', inputMode: 'numeric' },
  { key: 'tags', label: 'Tags', placeholder: 'release, nightly', hint: 'every one of them', inputMode: 'text' },
  { key: 'labelGlob', label: 'Label', placeholder: '*retest*', hint: '* any characters, ? one', inputMode: 'text' },
  {
    key: 'profile',
    label: 'Profile',
    placeholder: 'nightly',
    hint: 'Locust --profile, or tag profile:NAME',
    inputMode: 'text',
  },
] as const;

export function ScopeFields({ form }: { form: CriteriaForm }) {
  const id = useId();
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3" aria-describedby={`${id}-hint`}>
      <legend className="px-1 text-sm font-medium text-slate-700">Applies to</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        The runs this set judges: every condition you fill in must hold (case ignored). Leave all empty to judge every
        run.
      </p>
      <div className="mt-2 grid grid-cols-2 gap-2 lg:grid-cols-4">
        {FIELDS.map((f) => {
          const path = `appliesTo.${f.key}`;
          const error = form.errors[path];
          return (
            <div key={f.key} className="min-w-0">
              <label htmlFor={`${id}-${f.key}`} className={SMALL_LABEL}>
                {f.label} <span className="font-normal">({f.hint})</span>
              </label>
              <input
                id={`${id}-${f.key}`}
                className={`${SMALL_FIELD} w-full`}
                value={form.scope[f.key]}
                inputMode={f.inputMode}
                placeholder={f.placeholder}
                maxLength={f.key === 'tags' ? 3300 : 200}
                onChange={(e) => form.setScope({ [f.key]: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${f.key}-error` : undefined}
              />
              <FieldError id={`${id}-${f.key}-error`} message={error} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
