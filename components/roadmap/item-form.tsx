'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import {
  itemCreateBody,
  itemFormValues,
  itemPatchBody,
  type ItemFormValues,
} from '@/lib/view/roadmap/item-form-values';
import { isPriority, PRIORITY_OPTIONS } from '@/lib/view/roadmap/labels';
import type { LinkedCriterion, RoadmapItem } from '@/lib/domain/roadmap/types';
import { CriteriaPicker } from './criteria-picker';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';

interface Props {
  projectId: string;
  /** Add to this phase… */
  phaseId: string;
  /** …or edit this item. */
  item?: RoadmapItem;
  knownCriteria: Readonly<Record<string, LinkedCriterion>>;
  onDone: () => void;
}

/** Inline form to add an item to a phase or edit one: title, priority, owner, texts, linked criteria. */
export function ItemForm({ projectId, phaseId, item, knownCriteria, onDone }: Props) {
  const id = useId();
  const [values, setValues] = useState<ItemFormValues>(() => itemFormValues(item));
  const { send, busy, error } = useRoadmapRequest();
  const set = <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'owner' | 'problem' | 'expectedImpact' | 'notes' | 'title') => ({
    id: `${id}-${key}`,
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (item) {
      const patch = itemPatchBody(item, values);
      if (Object.keys(patch).length === 0 || (await send('PATCH', roadmapApi.item(item.id), patch)).ok) onDone();
    } else if ((await send('POST', roadmapApi.phaseItems(phaseId), itemCreateBody(values))).ok) {
      onDone();
    }
  }

  const what = item ? `Edit ${item.title}` : 'New item';
  return (
    <form onSubmit={save} aria-label={what} className="space-y-3 rounded-lg border border-brand-100 bg-brand-50/40 p-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem]">
        <div>
          <label htmlFor={`${id}-title`} className={LABEL}>
            Title
          </label>
          <input
            {...text('title')}
            className={FIELD}
            required
            maxLength={500}
            autoFocus
            placeholder="Configure Redis session backend"
          />
        </div>
        <div>
          <label htmlFor={`${id}-priority`} className={LABEL}>
            Priority
          </label>
          <select
            id={`${id}-priority`}
            className={FIELD}
            value={values.priority}
            onChange={(e) => isPriority(e.target.value) && set('priority', e.target.value)}
          >
            {PRIORITY_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-owner`} className={LABEL}>
            Owner
          </label>
          <input {...text('owner')} className={FIELD} maxLength={200} placeholder="Backend team" />
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-problem`} className={LABEL}>
            Problem
          </label>
          <textarea
            {...text('problem')}
            className={`${FIELD} min-h-20`}
            maxLength={20_000}
            placeholder="Auth failures 70% at 100 users"
          />
        </div>
        <div>
          <label htmlFor={`${id}-expectedImpact`} className={LABEL}>
            Expected impact
          </label>
          <textarea
            {...text('expectedImpact')}
            className={`${FIELD} min-h-20`}
            maxLength={20_000}
            placeholder="Auth failures 70% → 10%"
          />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-notes`} className={LABEL}>
          Notes
        </label>
        <textarea
          {...text('notes')}
          className={`${FIELD} min-h-20 font-mono text-xs`}
          maxLength={50_000}
          placeholder={'Config, commands, links… (```code blocks``` stay as written)'}
        />
      </div>
      <CriteriaPicker
        projectId={projectId}
        selected={values.criterionIds}
        onChange={(ids) => set('criterionIds', ids)}
        known={knownCriteria}
      />
      <RequestError error={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy || values.title.trim() === ''}>
          {busy ? 'Saving…' : item ? 'Save item' : 'Add item'}
        </Button>
      </div>
    </form>
  );
}
