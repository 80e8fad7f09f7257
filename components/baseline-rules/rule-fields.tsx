'use client';
// The one choice of each kind of baseline rule: the pinned run; the latest rule's conditions (a branch, the
// compared run's own user count, profile or environment, GO by a criteria set), shown as the spec CI would write;
// the median rule's N.
import { useId } from 'react';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { MAX_LAST_N } from '@/lib/domain/ci/baseline-rule';
import { filtersText, type SameKey } from '@/lib/domain/ci/baseline-spec';

export interface LatestChoice {
  /** '' : any branch. */
  branch: string;
  same: SameKey[];
  /** '' : no verdict asked. */
  go: string;
}

const SAME_WORDS: [SameKey, string][] = [
  ['users', 'the same user count'],
  ['profile', 'the same Locust profile'],
  ['environment', 'the same environment'],
];

/** The spec body the choice makes (`branch=main,profile=same,users=same,go=Release`). */
export function latestSpec(c: LatestChoice): string {
  const branch = c.branch.trim();
  const go = c.go.trim();
  return filtersText({
    ...(branch !== '' ? { branch } : {}),
    ...(go !== '' ? { go } : {}),
    same: c.same,
  });
}

export function PinnedField({
  runs,
  value,
  onChange,
}: {
  runs: { id: string; label: string }[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  if (runs.length === 0) return <p className="text-sm text-slate-600">The project has no run to pin yet.</p>;
  return (
    <div className="max-w-md">
      <label htmlFor={id} className={LABEL}>
        Run
      </label>
      <select id={id} className={FIELD} value={value} onChange={(e) => onChange(e.target.value)}>
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LatestFields({
  sets,
  value,
  onChange,
}: {
  sets: string[];
  value: LatestChoice;
  onChange: (c: LatestChoice) => void;
}) {
  const ids = { branch: useId(), go: useId() };
  const spec = latestSpec(value);
  const toggle = (key: SameKey) =>
    onChange({ ...value, same: value.same.includes(key) ? value.same.filter((k) => k !== key) : [...value.same, key] });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-40 flex-1">
          <label htmlFor={ids.branch} className={LABEL}>
            Branch <span className="font-normal text-slate-500">(empty: any)</span>
          </label>
          <input
            id={ids.branch}
            className={FIELD}
            value={value.branch}
            onChange={(e) => onChange({ ...value, branch: e.target.value })}
            maxLength={200}
          />
        </div>
        <div className="min-w-40 flex-1">
          <label htmlFor={ids.go} className={LABEL}>
            Judged GO by
          </label>
          <select
            id={ids.go}
            className={FIELD}
            value={value.go}
            onChange={(e) => onChange({ ...value, go: e.target.value })}
          >
            <option value="">any verdict</option>
            {sets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="flex flex-wrap gap-x-5 gap-y-1">
        <legend className={`${LABEL} mb-1`}>As the run compared, with</legend>
        {SAME_WORDS.map(([key, words]) => (
          <label key={key} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={value.same.includes(key)} onChange={() => toggle(key)} />
            {words}
          </label>
        ))}
      </fieldset>
      <p className="text-xs break-all text-slate-500">
        Resolves as <code className="font-mono">latest{spec ? `:${spec}` : ''}</code>
      </p>
    </div>
  );
}

export function MedianField({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="w-40">
      <label htmlFor={id} className={LABEL}>
        Last N runs
      </label>
      <input
        id={id}
        type="number"
        className={FIELD}
        min={1}
        max={MAX_LAST_N}
        step={1}
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => onChange(Math.round(Number(e.target.value)))}
        required
      />
    </div>
  );
}
