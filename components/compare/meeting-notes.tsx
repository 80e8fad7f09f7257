'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FIELD } from '@/components/ui/form-styles';
import type { CompareModel } from '@/lib/view/compare/model';
import { RequestError } from '@/components/ui/request-error';

type Meeting = CompareModel['meeting'];
type NoteKey = CompareModel['noteKey'];

/** Decisions and notes from the review meeting about this comparison; read-only on shared links.
 *  A client component: it takes the notes and their key only, never the whole model (whose
 *  endpoint rows would all be serialized into the page's RSC payload a second time). */
export function MeetingNotes({
  meeting,
  noteKey,
  readOnly = false,
}: {
  meeting: Meeting;
  noteKey: NoteKey;
  readOnly?: boolean;
}) {
  if (readOnly) {
    if (!meeting?.decisions && !meeting?.notes) return null;
    return (
      <Card title="Meeting notes and decisions">
        <MeetingText meeting={meeting} />
      </Card>
    );
  }
  return <MeetingNotesForm meeting={meeting} noteKey={noteKey} />;
}

function MeetingText({ meeting }: { meeting: NonNullable<Meeting> }) {
  return (
    <div className="space-y-3 text-sm text-slate-800">
      {meeting.decisions && <Block title="Decisions" text={meeting.decisions} />}
      {meeting.notes && <Block title="Notes" text={meeting.notes} />}
      <p className="text-xs text-slate-500">
        Last edited by {meeting.updatedBy}, {meeting.updatedAt.slice(0, 16).replace('T', ' ')} UTC
      </p>
    </div>
  );
}

const Block = ({ title, text }: { title: string; text: string }) => (
  <div>
    <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
    <p className="mt-1 whitespace-pre-wrap">{text}</p>
  </div>
);

function MeetingNotesForm({ meeting, noteKey }: { meeting: Meeting; noteKey: NoteKey }) {
  const router = useRouter();
  const ids = { decisions: useId(), notes: useId() };
  const [decisions, setDecisions] = useState(meeting?.decisions ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();

  async function save(event: FormEvent) {
    event.preventDefault();
    setState('saving');
    setError(null);
    const { runs, baseline, steps } = noteKey;
    try {
      await apiSend('PUT', '/api/compare/notes', { runs, ...(baseline ? { baseline } : {}), steps, notes, decisions });
    } catch (e) {
      setError(errorMessage(e));
      return setState('idle');
    }
    setState('saved');
    startRefresh(() => router.refresh());
  }

  return (
    <Card title="Meeting notes and decisions">
      <form onSubmit={save} className="space-y-3" aria-label="Meeting notes and decisions">
        <div>
          <label htmlFor={ids.decisions} className="text-sm font-medium text-slate-800">
            Decisions
          </label>
          <textarea
            id={ids.decisions}
            className={FIELD}
            rows={3}
            value={decisions}
            onChange={(e) => (setDecisions(e.target.value), setState('idle'))}
            placeholder="e.g. NO-GO for 100 users; retest after PgBouncer and Redis sessions."
          />
        </div>
        <div>
          <label htmlFor={ids.notes} className="text-sm font-medium text-slate-800">
            Notes
          </label>
          <textarea
            id={ids.notes}
            className={FIELD}
            rows={4}
            value={notes}
            onChange={(e) => (setNotes(e.target.value), setState('idle'))}
            placeholder="What the meeting said: causes suspected, who looks at what."
          />
        </div>
        <div className="flex items-center gap-3" data-print-hide>
          <Button type="submit" disabled={state === 'saving'}>
            {state === 'saving' ? 'Saving…' : 'Save notes'}
          </Button>
          {state === 'saved' && (
            <span role="status" className="text-sm text-ok">
              Saved: they are in the Markdown report too.
            </span>
          )}
          <RequestError error={error} variant="text" />
          {meeting && state !== 'saved' && (
            <span className="text-xs text-slate-500">
              Last edited by {meeting.updatedBy}, {meeting.updatedAt.slice(0, 16).replace('T', ' ')} UTC
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}
