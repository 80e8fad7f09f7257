'use client';
// The team's decision on one change point: acknowledge or dismiss it (with a note), or open it again.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { decideChangePoint } from '@/components/api/history';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import type { ChangePointStatus } from '@/lib/domain/history/metric-change';

export function ChangePointActions({
  id,
  status,
  note,
}: {
  id: string;
  status: ChangePointStatus;
  note: string | null;
}) {
  const router = useRouter();
  const ids = { note: useId(), error: useId() };
  const [text, setText] = useState(note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();

  async function decide(next: ChangePointStatus) {
    setBusy(true);
    setError(null);
    try {
      await decideChangePoint(id, next, text.trim() === '' ? null : text.trim());
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <div>
        <label htmlFor={ids.note} className={LABEL}>
          Note
        </label>
        <textarea
          id={ids.note}
          rows={2}
          maxLength={2000}
          className={FIELD}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Why: the ticket, the commit that explains it…"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {status !== 'acknowledged' && (
          <Button type="button" variant="primary" disabled={busy} onClick={() => decide('acknowledged')}>
            Acknowledge
          </Button>
        )}
        {status !== 'dismissed' && (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => decide('dismissed')}>
            Dismiss
          </Button>
        )}
        {status !== 'open' && (
          <Button type="button" variant="ghost" disabled={busy} onClick={() => decide('open')}>
            Open again
          </Button>
        )}
      </div>
      {error && <RequestError id={ids.error} error={error} />}
    </div>
  );
}
