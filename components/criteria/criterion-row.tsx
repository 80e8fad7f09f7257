'use client';
// One row of the criteria editor: metric, scope, operator and target, relative gate options, severity.
import { useId } from 'react';
import {
  CUSTOM_METRIC,
  retarget,
  targetIsPercent,
  targetUnit,
  type CriterionFormRow,
} from '@/lib/view/criteria/form-row';
import { METRIC_OPTIONS, metricLabel, OP_SYMBOLS, OPS } from '@/lib/view/criteria/metrics';
import type { CriterionOp } from '@/lib/domain/criteria/types';
import { FieldError } from './field-error';
import { SMALL_FIELD, SMALL_LABEL } from '@/components/ui/form-styles';

interface Props {
  row: CriterionFormRow;
  index: number;
  count: number;
  /** This row's errors by field (metric, scope, target, floorMs, minRequests…). */
  errors: Record<string, string>;
  /** Id of a <datalist> of the project's endpoint names, for the scope text. */
  endpointListId?: string;
  /** Why this criterion was proposed (Plan a retest). */
  why?: string;
  onChange: (patch: Partial<CriterionFormRow>) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}

export function CriterionRow({ row, index, count, errors, endpointListId, why, onChange, onRemove, onMove }: Props) {
  const id = useId();
  const err = (field: string) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined,
  });
  const timeMetric = row.metric === CUSTOM_METRIC || row.metric.endsWith('Ms');
  return (
    <li className="rounded-lg border border-slate-200 bg-slate-50/60 p-3" aria-label={`Criterion ${index + 1}`}>
      <div
        className={[
          'grid grid-cols-2 gap-2',
          'sm:grid-cols-[minmax(9rem,1fr)_minmax(14rem,2fr)_5rem_minmax(8rem,1fr)_6.5rem_auto]',
        ].join(' ')}
      >
        <div>
          <label htmlFor={`${id}-metric`} className={SMALL_LABEL}>
            Metric
          </label>
          <select
            id={`${id}-metric`}
            className={`${SMALL_FIELD} w-full`}
            value={row.metric}
            onChange={(e) => onChange(retarget(row, { metric: e.target.value }))}
            {...err('metric')}
          >
            {METRIC_OPTIONS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
            <option value={CUSTOM_METRIC}>Other percentile…</option>
          </select>
          {row.metric === CUSTOM_METRIC && (
            <input
              aria-label="Percentile"
              className={`${SMALL_FIELD} mt-1 w-full`}
              value={row.customMetric}
              onChange={(e) => onChange({ customMetric: e.target.value })}
              placeholder="p97"
              {...err('metric')}
            />
          )}
          <FieldError id={`${id}-metric-error`} message={errors.metric} />
        </div>
        <div>
          <label htmlFor={`${id}-scope`} className={SMALL_LABEL}>
            Scope
          </label>
          <div className="flex gap-1">
            <select
              id={`${id}-scope`}
              className={`${SMALL_FIELD} ${row.scopeKind === 'aggregate' ? 'w-full' : 'shrink-0'}`}
              value={row.scopeKind}
              onChange={(e) => onChange({ scopeKind: e.target.value as CriterionFormRow['scopeKind'] })}
            >
              <option value="aggregate">All requests</option>
              <option value="endpoint">Endpoint</option>
              <option value="group">Group</option>
            </select>
            {row.scopeKind !== 'aggregate' && (
              <input
                aria-label={
                  row.scopeKind === 'endpoint'
                    ? 'Endpoint (METHOD NAME, or NAME for every method)'
                    : 'Group path prefix'
                }
                className={`${SMALL_FIELD} w-full min-w-0 font-mono text-xs`}
                value={row.scopeText}
                onChange={(e) => onChange({ scopeText: e.target.value })}
                placeholder={row.scopeKind === 'endpoint' ? 'GET /login' : '/api/'}
                list={row.scopeKind === 'endpoint' ? endpointListId : undefined}
                {...err('scope')}
              />
            )}
          </div>
          <FieldError id={`${id}-scope-error`} message={errors.scope} />
        </div>
        <div>
          <label htmlFor={`${id}-op`} className={SMALL_LABEL}>
            Must be
          </label>
          <select
            id={`${id}-op`}
            className={`${SMALL_FIELD} w-full`}
            value={row.op}
            onChange={(e) => onChange({ op: e.target.value as CriterionOp })}
          >
            {OPS.map((op) => (
              <option key={op} value={op}>
                {OP_SYMBOLS[op]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-target`} className={SMALL_LABEL}>
            Target
          </label>
          <div className="flex items-center gap-1">
            <input
              id={`${id}-target`}
              inputMode="decimal"
              className={`${SMALL_FIELD} num w-full`}
              value={row.target}
              onChange={(e) => onChange({ target: e.target.value })}
              placeholder={row.relative ? '10' : targetIsPercent(row) ? '97' : '3000'}
              {...err('target')}
            />
            <span className="shrink-0 text-xs text-slate-500">{targetUnit(row)}</span>
          </div>
          <FieldError id={`${id}-target-error`} message={errors.target} />
        </div>
        <div>
          <label htmlFor={`${id}-severity`} className={SMALL_LABEL}>
            Severity
          </label>
          <select
            id={`${id}-severity`}
            className={`${SMALL_FIELD} w-full`}
            value={row.severity}
            onChange={(e) => onChange({ severity: e.target.value as 'must' | 'should' })}
          >
            <option value="must">Must</option>
            <option value="should">Should</option>
          </select>
        </div>
        <div className="col-span-2 flex items-end justify-end gap-0.5 sm:col-span-1">
          <RowButton label={`Move criterion ${index + 1} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </RowButton>
          <RowButton
            label={`Move criterion ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </RowButton>
          <RowButton label={`Remove criterion ${index + 1}`} onClick={onRemove}>
            ✕
          </RowButton>
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-start gap-x-5 gap-y-2 text-sm">
        <label className="mt-1.5 inline-flex items-center gap-1.5 text-slate-700">
          <input
            type="checkbox"
            checked={row.relative}
            onChange={(e) => onChange(retarget(row, { relative: e.target.checked }))}
            className="h-4 w-4 rounded border-slate-300 accent-brand-600"
          />
          Relative to the baseline run
        </label>
        {row.relative && timeMetric && (
          <div className="flex items-center gap-1.5">
            <label htmlFor={`${id}-floor`} className="text-slate-600">
              Floor
            </label>
            <input
              id={`${id}-floor`}
              inputMode="decimal"
              className={`${SMALL_FIELD} num w-20`}
              value={row.floorMs}
              onChange={(e) => onChange({ floorMs: e.target.value })}
              placeholder="50"
              {...err('floorMs')}
            />
            <span className="text-xs whitespace-nowrap text-slate-500">ms: smaller changes pass</span>
            <FieldError id={`${id}-floorMs-error`} message={errors.floorMs} />
          </div>
        )}
        <div className="flex items-center gap-1.5">
          <label htmlFor={`${id}-min`} className="whitespace-nowrap text-slate-600">
            Judge from
          </label>
          <input
            id={`${id}-min`}
            inputMode="numeric"
            className={`${SMALL_FIELD} num w-20`}
            value={row.minRequests}
            onChange={(e) => onChange({ minRequests: e.target.value })}
            placeholder="any"
            {...err('minRequests')}
          />
          <span className="text-xs text-slate-500">requests</span>
          <FieldError id={`${id}-minRequests-error`} message={errors.minRequests} />
        </div>
      </div>
      {Object.entries(errors)
        .filter(([field]) => !['metric', 'scope', 'target', 'floorMs', 'minRequests'].includes(field))
        .map(([field, message]) => (
          <p key={field} className="mt-1 text-xs text-bad">
            {field}: {message}
          </p>
        ))}
      {why && (
        <p className="mt-2 border-l-2 border-brand-100 pl-2 text-xs text-slate-600">
          <span className="font-medium text-slate-700">Why: </span>
          {why}
        </p>
      )}
    </li>
  );
}

function RowButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className={[
        'h-8 w-8 rounded-md text-slate-600 hover:bg-slate-200',
        'disabled:text-slate-300 disabled:hover:bg-transparent',
      ].join(' ')}
    >
      {children}
    </button>
  );
}
