'use client';
import { useState } from 'react';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import type { RoadmapItem } from '@/lib/domain/roadmap/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ICON_BUTTON } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';

interface Props {
  item: RoadmapItem;
  index: number;
  count: number;
  onEdit: () => void;
}

/** Move up / down within the phase, edit, delete (after a confirmation). */
export function ItemControls({ item, index, count, onEdit }: Props) {
  const { send, busy, error, clearError } = useRoadmapRequest();
  const [confirming, setConfirming] = useState(false);
  const move = (position: number) => send('PATCH', roadmapApi.item(item.id), { position });

  return (
    <div className="flex items-center gap-0.5">
      <button
        type="button"
        className={ICON_BUTTON}
        aria-label={`Move ${item.title} up`}
        title="Move up"
        disabled={busy || index === 0}
        onClick={() => move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className={ICON_BUTTON}
        aria-label={`Move ${item.title} down`}
        title="Move down"
        disabled={busy || index === count - 1}
        onClick={() => move(index + 1)}
      >
        ↓
      </button>
      <button type="button" className={ICON_BUTTON} aria-label={`Edit ${item.title}`} title="Edit" onClick={onEdit}>
        ✎
      </button>
      <button
        type="button"
        className={`${ICON_BUTTON} hover:text-bad`}
        aria-label={`Delete ${item.title}`}
        title="Delete"
        onClick={() => setConfirming(true)}
      >
        ✕
      </button>
      {!confirming && <RequestError error={error} className="ml-2 py-1" />}
      {confirming && (
        <ConfirmDialog
          title="Delete this item?"
          description={<>“{item.title}” and its notes go; the criteria it links stay in their sets.</>}
          confirmLabel="Delete item"
          busy={busy}
          error={error}
          onConfirm={async () => (await send('DELETE', roadmapApi.item(item.id))).ok && setConfirming(false)}
          onClose={() => {
            setConfirming(false);
            clearError();
          }}
        />
      )}
    </div>
  );
}

/** Moves the item to the end of another phase. */
export function MoveToPhase({
  item,
  phaseId,
  phases,
}: {
  item: RoadmapItem;
  phaseId: string;
  phases: { id: string; title: string }[];
}) {
  const { send, busy, error } = useRoadmapRequest();
  if (phases.length < 2) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="text-slate-600">
        Move to phase{' '}
        <select
          aria-label={`Move ${item.title} to phase`}
          className="ml-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          value={phaseId}
          disabled={busy}
          onChange={(e) =>
            e.target.value !== phaseId && send('PATCH', roadmapApi.item(item.id), { phaseId: e.target.value })
          }
        >
          {phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <RequestError error={error} className="py-1" />
    </div>
  );
}
