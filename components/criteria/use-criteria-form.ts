'use client';
// State of the criteria editor: the set's fields, its rows, and errors by path ("name",
// "criteria.2.target") from the form's own checks or from the API.
import { useState } from 'react';
import type { AppliesTo, Criterion } from '@/lib/domain/criteria/types';
import {
  blankRow,
  fromFormRows,
  moveRow,
  toFormRow,
  type CriterionFormRow,
  type FieldErrors,
} from '@/lib/view/criteria/form-row';
import { fromScopeForm, toScopeForm, type ScopeFormValues } from '@/lib/view/criteria/scope-form';

export interface CriteriaFormInitial {
  name: string;
  description: string | null;
  baselineRunId: string | null;
  criteria: (Criterion & { id?: string })[];
  /** Absent or null: the set judges every run. */
  appliesTo?: AppliesTo | null;
}

/** The body of POST /api/projects/:id/criteria-sets and PUT /api/criteria-sets/:id. */
export interface CriteriaSetBody {
  name: string;
  description: string | null;
  baselineRunId: string | null;
  criteria: (Criterion & { id?: string })[];
  appliesTo: AppliesTo | null;
}

export function useCriteriaForm(initial: CriteriaFormInitial) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description ?? '');
  const [baselineRunId, setBaselineRunId] = useState(initial.baselineRunId ?? '');
  const [rows, setRows] = useState<CriterionFormRow[]>(() =>
    initial.criteria.length > 0 ? initial.criteria.map(toFormRow) : [blankRow()],
  );
  const [scope, setScopeValues] = useState<ScopeFormValues>(() => toScopeForm(initial.appliesTo));
  const [errors, setErrors] = useState<FieldErrors>({});
  const setScope = (patch: Partial<ScopeFormValues>) => setScopeValues((all) => ({ ...all, ...patch }));

  const updateRow = (key: string, patch: Partial<CriterionFormRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addRow = () => setRows((all) => [...all, blankRow()]);
  /** Errors are by index: removing or moving rows clears them rather than pointing at the wrong row. */
  const removeRow = (key: string) => {
    setRows((all) => all.filter((r) => r.key !== key));
    setErrors({});
  };
  const move = (index: number, by: -1 | 1) => {
    setRows((all) => moveRow(all, index, by));
    setErrors({});
  };

  /** The body to send, or null after showing the errors. */
  function build(): CriteriaSetBody | null {
    const found: FieldErrors = {};
    if (name.trim() === '') found.name = 'give the set a name';
    const converted = fromFormRows(rows);
    if ('errors' in converted) Object.assign(found, converted.errors);
    const scoped = fromScopeForm(scope);
    if ('errors' in scoped) Object.assign(found, scoped.errors);
    setErrors(found);
    if (Object.keys(found).length > 0 || 'errors' in converted || 'errors' in scoped) return null;
    return {
      name: name.trim(),
      description: description.trim() === '' ? null : description.trim(),
      baselineRunId: baselineRunId === '' ? null : baselineRunId,
      criteria: converted.criteria,
      appliesTo: scoped.appliesTo,
    };
  }

  return {
    name,
    setName,
    description,
    setDescription,
    baselineRunId,
    setBaselineRunId,
    scope,
    setScope,
    rows,
    updateRow,
    addRow,
    removeRow,
    move,
    errors,
    setErrors,
    build,
  };
}

export type CriteriaForm = ReturnType<typeof useCriteriaForm>;
