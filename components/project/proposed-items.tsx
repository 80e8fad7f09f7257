'use client';
// Plan a retest: the proposed roadmap items as a checklist (checked by default), each with the
// criterion of the set being written that will verify it, and the phase they go into.
import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import type { Criterion } from '@/lib/domain/criteria/types';
import { criterionText, formatTarget } from '@/lib/view/criteria/format';
import { matchCriterion } from '@/lib/view/criteria/plan';
import type { PlannedItem } from './save-plan';

export const NEW_PHASE = 'new';
const PRIORITY_TONE = { critical: 'bad', high: 'warn', medium: 'brand', low: 'neutral' } as const;

interface Props {
  items: PlannedItem[];
  checked: Record<string, boolean>;
  onCheck: (key: string, value: boolean) => void;
  /** The criteria as the editor has them now (rows that do not convert yet are left out). */
  draftCriteria: Criterion[];
  phases: { id: string; title: string }[];
  /** NEW_PHASE or a phase id. */
  phase: string;
  onPhase: (value: string) => void;
  newPhaseTitle: string;
  onNewPhaseTitle: (value: string) => void;
  disabled: boolean;
}

export function ProposedItems({
  items,
  checked,
  onCheck,
  draftCriteria,
  phases,
  phase,
  onPhase,
  newPhaseTitle,
  onNewPhaseTitle,
  disabled,
}: Props) {
  const id = useId();
  return (
    <fieldset className="space-y-4" disabled={disabled}>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-phase`} className={LABEL}>
            Add the checked items to
          </label>
          <select id={`${id}-phase`} className={FIELD} value={phase} onChange={(e) => onPhase(e.target.value)}>
            <option value={NEW_PHASE}>New phase: {newPhaseTitle || '…'}</option>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        {phase === NEW_PHASE && (
          <div>
            <label htmlFor={`${id}-title`} className={LABEL}>
              New phase title
            </label>
            <input
              id={`${id}-title`}
              className={FIELD}
              value={newPhaseTitle}
              onChange={(e) => onNewPhaseTitle(e.target.value)}
              maxLength={300}
            />
          </div>
        )}
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {items.map(({ key, item, criterion }) => {
          const match = matchCriterion(draftCriteria, criterion);
          return (
            <li key={key} className="flex gap-3 px-4 py-3">
              <input
                id={`${id}-${key}`}
                type="checkbox"
                checked={checked[key] ?? false}
                onChange={(e) => onCheck(key, e.target.checked)}
                className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300 accent-brand-600"
              />
              <div className="min-w-0 space-y-1 text-sm">
                <label
                  htmlFor={`${id}-${key}`}
                  className="flex flex-wrap items-center gap-2 font-medium text-slate-900"
                >
                  <Badge tone={PRIORITY_TONE[item.priority]}>{item.priority}</Badge>
                  {item.title}
                </label>
                {item.problem && (
                  <p className="text-slate-700">
                    <span className="text-slate-500">Problem: </span>
                    {item.problem}
                  </p>
                )}
                {item.expectedImpact && (
                  <p className="text-slate-700">
                    <span className="text-slate-500">Expected impact: </span>
                    {item.expectedImpact}
                  </p>
                )}
                <p className="text-xs text-slate-500">
                  {match ? (
                    <>
                      Verified by “{criterionText(match.criterion)}”
                      {match.exact ? '' : ` (proposed for this item: ${formatTarget(criterion)})`}.
                    </>
                  ) : (
                    <>Not in the set above: saving adds “{criterionText(criterion)}” to it, to verify this item.</>
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
