'use client';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import { resultLines } from '@/lib/view/roadmap/criterion-text';
import { itemDisplay, isTicked, statusAfterTick, type RunLabels } from '@/lib/view/roadmap/item-display';
import {
  isItemStatus,
  PRIORITY_LABELS,
  PRIORITY_TONES,
  STATUS_LABELS,
  STATUS_OPTIONS,
} from '@/lib/view/roadmap/labels';
import type { ItemStatus, ItemVerification, LinkedCriterion, RoadmapItem } from '@/lib/domain/roadmap/types';
import { CheckAgainstRun } from './check-against-run';
import { ICON_BUTTON } from '@/components/ui/form-styles';
import { ItemControls, MoveToPhase } from './item-controls';
import { ItemDetails } from './item-details';
import { ItemForm } from './item-form';
import { InlineText } from './notes-text';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';
import { VerificationBadge } from './verification-badge';

export interface ItemRowProps {
  projectId: string;
  phaseId: string;
  item: RoadmapItem;
  index: number;
  count: number;
  verification: ItemVerification | undefined;
  criteria: Readonly<Record<string, LinkedCriterion>>;
  runLabels: RunLabels;
  /** Runs offered by "check against run X" (editable views). */
  runs?: { id: string; label: string }[];
  phases: { id: string; title: string }[];
  editable: boolean;
}

/** One checklist line: tick, priority, title, owner, status, what runs say; details and controls. */
export function ItemRow(props: ItemRowProps) {
  const { projectId, phaseId, item, index, count, verification, criteria, runLabels, phases, editable } = props;
  const runs = props.runs ?? [];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const { send, busy, error } = useRoadmapRequest();
  const [pending, setPending] = useState<ItemStatus | null>(null);

  if (editing)
    return (
      <li>
        <ItemForm
          projectId={projectId}
          phaseId={phaseId}
          item={item}
          knownCriteria={criteria}
          onDone={() => setEditing(false)}
        />
      </li>
    );

  // While a status change is saved and the page refreshes, show what was asked for.
  const shownItem = busy && pending ? { ...item, status: pending } : item;
  const display = itemDisplay(shownItem, verification, runLabels);
  const linked = item.criterionIds.map((c) => criteria[c]).filter((c): c is LinkedCriterion => c !== undefined);
  const results = resultLines(verification?.latest ?? [], linked);
  const setStatus = (status: ItemStatus) => {
    setPending(status);
    void send('PATCH', roadmapApi.item(item.id), { status });
  };
  const lockedTitle =
    display.badge?.kind === 'verified' ? `${display.badge.text}: the status follows the runs` : undefined;

  return (
    <li
      className="py-2.5"
      data-testid="roadmap-item"
      data-item-title={item.title}
      data-status={display.status}
      data-checked={display.checked ? 'true' : 'false'}
    >
      <div className="flex items-start gap-3">
        {editable ? (
          <input
            type="checkbox"
            className="mt-1 h-4 w-4 shrink-0 accent-brand-600 disabled:cursor-not-allowed"
            aria-labelledby={`${id}-title`}
            checked={display.checked}
            disabled={display.lockedByRun || busy}
            title={lockedTitle}
            onChange={(e) => setStatus(statusAfterTick(e.target.checked))}
          />
        ) : (
          <span
            className={[
              'mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded border text-[10px]',
              display.checked ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white',
            ].join(' ')}
          >
            <span aria-hidden>{display.checked ? '✓' : ''}</span>
            <span className="sr-only">{display.checked ? 'Done' : 'Not done'}</span>
          </span>
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Badge tone={PRIORITY_TONES[item.priority]}>{PRIORITY_LABELS[item.priority]}</Badge>
              <span
                id={`${id}-title`}
                className={`font-medium ${display.checked ? 'text-slate-500' : 'text-slate-900'}`}
              >
                <InlineText text={item.title} />
              </span>
              {item.owner && <span className="text-xs text-slate-500">· {item.owner}</span>}
            </div>
            {display.badge && (
              <div className="mt-1">
                <VerificationBadge badge={display.badge} results={results} />
              </div>
            )}
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-1.5 sm:justify-end">
            {editable ? (
              <select
                aria-label={`Status of ${item.title}`}
                className={[
                  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm',
                  'disabled:bg-slate-50 disabled:text-slate-500',
                ].join(' ')}
                value={display.status}
                disabled={display.lockedByRun || busy}
                title={lockedTitle}
                onChange={(e) => isItemStatus(e.target.value) && setStatus(e.target.value)}
              >
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              !isTicked(display.status) &&
              display.status !== 'todo' && (
                <span className="text-xs text-slate-500">{STATUS_LABELS[display.status]}</span>
              )
            )}
            <button
              type="button"
              className={ICON_BUTTON}
              aria-label={`Details of ${item.title}`}
              aria-expanded={open}
              aria-controls={`${id}-details`}
              title={open ? 'Hide details' : 'Show details'}
              onClick={() => setOpen(!open)}
            >
              <span aria-hidden className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}>
                ›
              </span>
            </button>
            {editable && <ItemControls item={item} index={index} count={count} onEdit={() => setEditing(true)} />}
          </div>
        </div>
      </div>
      <RequestError error={error} className="mt-2 ml-7" />
      {open && (
        <div className="ml-7">
          <ItemDetails id={`${id}-details`} item={item} linked={linked} results={results}>
            {editable && item.criterionIds.length > 0 && (
              <CheckAgainstRun itemId={item.id} title={item.title} runs={runs} criteria={criteria} />
            )}
            {editable && <MoveToPhase item={item} phaseId={phaseId} phases={phases} />}
          </ItemDetails>
        </div>
      )}
    </li>
  );
}
