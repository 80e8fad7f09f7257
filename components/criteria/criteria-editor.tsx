'use client';
// The criteria editor of the project page: a new set (empty) or an existing one (prefilled); saves
// through the API, shows its validation errors beside the fields, then refreshes the page.
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CriteriaFields, type RunOption } from './criteria-fields';
import { saveCriteriaSet } from './save-criteria-set';
import { useCriteriaForm, type CriteriaFormInitial } from './use-criteria-form';
import { RequestError } from '@/components/ui/request-error';

interface Props {
  projectId: string;
  /** The set being edited; null for a new one. */
  setId: string | null;
  initial: CriteriaFormInitial;
  runs: RunOption[];
  endpoints: string[];
  onDone: () => void;
}

export const EMPTY_SET: CriteriaFormInitial = { name: '', description: null, baselineRunId: null, criteria: [] };

export function CriteriaEditor({ projectId, setId, initial, runs, endpoints, onDone }: Props) {
  const router = useRouter();
  const form = useCriteriaForm(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const body = form.build();
    if (!body) return setError('Check the highlighted fields.');
    setSaving(true);
    const result = await saveCriteriaSet(projectId, setId, body);
    setSaving(false);
    if (!result.ok) {
      form.setErrors(result.problem.fields);
      return setError(result.problem.message);
    }
    startRefresh(() => router.refresh());
    onDone();
  }

  return (
    <form
      onSubmit={save}
      className="space-y-4"
      aria-label={setId ? `Edit ${initial.name}` : 'New criteria set'}
      noValidate
    >
      <CriteriaFields form={form} runs={runs} endpoints={endpoints} />
      <RequestError error={error} />
      <div className="flex justify-end gap-2 border-t border-slate-100 pt-4">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={saving || refreshing}>
          {saving ? 'Saving…' : setId ? 'Save changes' : 'Create criteria set'}
        </Button>
      </div>
    </form>
  );
}
