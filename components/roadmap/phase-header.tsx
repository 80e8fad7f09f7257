'use client';
import { useState } from 'react';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import { countWords } from '@/lib/view/roadmap/labels';
import type { RoadmapPhase } from '@/lib/domain/roadmap/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ICON_BUTTON } from '@/components/ui/form-styles';
import { InlineText, NotesText } from './notes-text';
import { PhaseForm } from './phase-form';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';

interface Props {
  projectId: string;
  phase: RoadmapPhase;
  index: number;
  count: number;
  /** "3 of 5 done". */
  progress: string;
  editable: boolean;
  headingId: string;
}

/** A phase's title, progress and notes; rename, move and delete when editable. */
export function PhaseHeader({ projectId, phase, index, count, progress, editable, headingId }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { send, busy, error, clearError } = useRoadmapRequest();
  // The title rides along: PATCH with only a position answers 404 today
  // (lib/server/services editPhase updates no field).
  const move = (position: number) => send('PATCH', roadmapApi.phase(phase.id), { position, title: phase.title });

  if (editing) return <PhaseForm projectId={projectId} phase={phase} onDone={() => setEditing(false)} />;
  return (
    <div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          <InlineText text={phase.title} />
        </h3>
        <span className="num text-xs text-slate-500">{progress}</span>
        {editable && (
          <div className="ml-auto flex items-center gap-0.5">
            <button
              type="button"
              className={ICON_BUTTON}
              aria-label={`Move phase ${phase.title} up`}
              title="Move phase up"
              disabled={busy || index === 0}
              onClick={() => move(index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className={ICON_BUTTON}
              aria-label={`Move phase ${phase.title} down`}
              title="Move phase down"
              disabled={busy || index === count - 1}
              onClick={() => move(index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className={ICON_BUTTON}
              aria-label={`Rename phase ${phase.title}`}
              title="Rename phase, edit its notes"
              onClick={() => setEditing(true)}
            >
              ✎
            </button>
            <button
              type="button"
              className={`${ICON_BUTTON} hover:text-bad`}
              aria-label={`Delete phase ${phase.title}`}
              title="Delete phase"
              onClick={() => setConfirming(true)}
            >
              ✕
            </button>
          </div>
        )}
      </div>
      {phase.notes && (
        <div className="mt-1 text-sm text-slate-600">
          <NotesText text={phase.notes} />
        </div>
      )}
      {!confirming && <RequestError error={error} className="mt-2" />}
      {confirming && (
        <ConfirmDialog
          title="Delete this phase?"
          description={
            <>
              “{phase.title}” and its {countWords(phase.items.length, 'item')} go. This cannot be undone.
            </>
          }
          confirmLabel="Delete phase"
          busy={busy}
          error={error}
          onConfirm={async () => (await send('DELETE', roadmapApi.phase(phase.id))).ok && setConfirming(false)}
          onClose={() => {
            setConfirming(false);
            clearError();
          }}
        />
      )}
    </div>
  );
}
