'use client';
import { useId } from 'react';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { CI_LIMITS } from '@/lib/domain/ci/ci-env';

/** Where the run came from, as a person may correct it (PATCH /api/runs/:id). Empty: not known. */
export interface OriginValues {
  commit: string;
  branch: string;
  environment: string;
}

const FIELDS = [
  { key: 'commit', label: 'Commit', placeholder: 'not known', maxLength: CI_LIMITS.commit, mono: true },
  { key: 'branch', label: 'Branch', placeholder: 'not known', maxLength: CI_LIMITS.branch, mono: true },
  {
    key: 'environment',
    label: 'Environment',
    placeholder: 'staging, production…',
    maxLength: CI_LIMITS.environment,
    mono: false,
  },
] as const;

/** Commit, branch and environment, folded away unless one is known (CI usually fills them). */
export function ProvenanceFields({
  values,
  onChange,
}: {
  values: OriginValues;
  onChange: (next: OriginValues) => void;
}) {
  const id = useId();
  const known = FIELDS.some((f) => values[f.key].trim() !== '');
  return (
    <details open={known} className="rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">Where the run came from</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <div key={f.key} className="min-w-0">
            <label htmlFor={`${id}-${f.key}`} className={LABEL}>
              {f.label}
            </label>
            <input
              id={`${id}-${f.key}`}
              className={`${FIELD} ${f.mono ? 'font-mono text-[13px]' : ''}`}
              value={values[f.key]}
              onChange={(e) => onChange({ ...values, [f.key]: e.target.value })}
              maxLength={f.maxLength}
              placeholder={f.placeholder}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Sent by CI with the run when it can; correct them here. The runs list filters by branch and environment.
      </p>
    </details>
  );
}

/** The fields that changed, trimmed, with "" sent as null (cleared); {} when none did. */
export function changedOrigin(
  initial: OriginValues,
  now: OriginValues,
): Partial<Record<keyof OriginValues, string | null>> {
  const out: Partial<Record<keyof OriginValues, string | null>> = {};
  for (const { key } of FIELDS) {
    const value = now[key].trim();
    if (value !== initial[key].trim()) out[key] = value === '' ? null : value;
  }
  return out;
}
