'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import type { RoadmapPhase } from '@/lib/domain/roadmap/types';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';

interface Props {
  projectId: string;
  /** Rename / re-note this phase; without it, add a phase. */
  phase?: RoadmapPhase;
  onDone: () => void;
}

/** Title and notes of a phase: a new one (POST) or an existing one (PATCH). */
export function PhaseForm({ projectId, phase, onDone }: Props) {
  const id = useId();
  const [title, setTitle] = useState(phase?.title ?? '');
  const [notes, setNotes] = useState(phase?.notes ?? '');
  const { send, busy, error } = useRoadmapRequest();

  async function save(event: FormEvent) {
    event.preventDefault();
    const body = { title: title.trim(), notes: notes.trim() === '' ? null : notes.trim() };
    const result = phase
      ? await send('PATCH', roadmapApi.phase(phase.id), body)
      : await send('POST', roadmapApi.phases(projectId), body);
    if (result.ok) onDone();
  }

  return (
    <form
      onSubmit={save}
      aria-label={phase ? `Edit phase ${phase.title}` : 'New phase'}
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
    >
      <div>
        <label htmlFor={`${id}-title`} className={LABEL}>
          Phase title
        </label>
        <input
          id={`${id}-title`}
          className={FIELD}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={300}
          autoFocus
          placeholder="Phase 2: Application caching (1 day)"
        />
      </div>
      <div>
        <label htmlFor={`${id}-notes`} className={LABEL}>
          Notes
        </label>
        <textarea
          id={`${id}-notes`}
          className={`${FIELD} min-h-16`}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          maxLength={20_000}
          placeholder="Expected impact: dashboard failures 6.9% → 0%"
        />
      </div>
      <RequestError error={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy || title.trim() === ''}>
          {busy ? 'Saving…' : phase ? 'Save phase' : 'Add phase'}
        </Button>
      </div>
    </form>
  );
}
