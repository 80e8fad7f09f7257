'use client';
// The criteria editor's fields: name, description, baseline run and the rows of criteria. Stateless:
// the state is a CriteriaForm (use-criteria-form.ts), so the project page and "Plan a retest" share it.
import { useId } from 'react';
import { rowErrors } from '@/lib/view/criteria/api-errors';
import { Button } from '@/components/ui/button';
import { CriterionRow } from './criterion-row';
import { FieldError } from './field-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { ScopeFields } from './scope-fields';
import type { CriteriaForm } from './use-criteria-form';

export interface RunOption {
  id: string;
  label: string;
}

interface Props {
  form: CriteriaForm;
  /** Runs to choose the baseline from (the project's, oldest first). */
  runs: RunOption[];
  /** Endpoint names ("GET /login") offered for endpoint scopes. */
  endpoints: string[];
  /** Why each row was proposed, by row key (Plan a retest). */
  whys?: Record<string, string>;
}

export function CriteriaFields({ form, runs, endpoints, whys = {} }: Props) {
  const id = useId();
  const { errors } = form;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className={LABEL}>
            Name
          </label>
          <input
            id={`${id}-name`}
            className={FIELD}
            value={form.name}
            onChange={(e) => form.setName(e.target.value)}
            maxLength={200}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            placeholder="Retest after fixes"
          />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </div>
        <div>
          <label htmlFor={`${id}-baseline`} className={LABEL}>
            Baseline run
          </label>
          <select
            id={`${id}-baseline`}
            className={FIELD}
            value={form.baselineRunId}
            onChange={(e) => form.setBaselineRunId(e.target.value)}
            aria-describedby={`${id}-baseline-hint`}
          >
            <option value="">None</option>
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          <p id={`${id}-baseline-hint`} className="mt-1 text-xs text-slate-500">
            What “relative to the baseline run” criteria compare against; without one they cannot be judged.
          </p>
          <FieldError id={`${id}-baselineRunId-error`} message={errors.baselineRunId} />
        </div>
        <div className="md:col-span-2">
          <label htmlFor={`${id}-description`} className={LABEL}>
            Description <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <textarea
            id={`${id}-description`}
            className={`${FIELD} min-h-16`}
            value={form.description}
            onChange={(e) => form.setDescription(e.target.value)}
            maxLength={5000}
            placeholder="Why this bar, e.g. after the connection-pool fixes"
          />
        </div>
      </div>
      <ScopeFields form={form} />
      <fieldset>
        <legend className={LABEL}>Criteria</legend>
        <p className="text-xs text-slate-500">
          Success and failure rates in percent; relative targets as the allowed change (10 = at most +10%). A “should”
          criterion that fails makes the verdict CONDITIONAL, a “must” one NO-GO.
        </p>
        <ol className="mt-2 space-y-2">
          {form.rows.map((row, i) => (
            <CriterionRow
              key={row.key}
              row={row}
              index={i}
              count={form.rows.length}
              errors={rowErrors(errors, i)}
              endpointListId={endpoints.length > 0 ? `${id}-endpoints` : undefined}
              why={whys[row.key]}
              onChange={(patch) => form.updateRow(row.key, patch)}
              onRemove={() => form.removeRow(row.key)}
              onMove={(by) => form.move(i, by)}
            />
          ))}
        </ol>
        <FieldError id={`${id}-criteria-error`} message={errors.criteria} />
        <Button type="button" variant="secondary" className="mt-2" onClick={form.addRow}>
          + Add criterion
        </Button>
        {endpoints.length > 0 && (
          <datalist id={`${id}-endpoints`}>
            {endpoints.map((e) => (
              <option key={e} value={e} />
            ))}
          </datalist>
        )}
      </fieldset>
    </div>
  );
}
