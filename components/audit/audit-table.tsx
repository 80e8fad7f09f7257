'use client';
// The audit log's events, newest first; "Load older" appends the next page (GET /api/audit).
import { useState } from 'react';
import { loadAuditPage } from '@/components/api/audit';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import type { AuditEventInfo } from '@/lib/domain/shapes/auth';
import type { AuditFilterValues } from '@/lib/view/audit/audit-view';
import { AuditRows } from './audit-rows';

export function AuditTable({
  filter,
  initial,
  next: firstNext,
}: {
  filter: AuditFilterValues;
  initial: AuditEventInfo[];
  next: string | null;
}) {
  const [events, setEvents] = useState(initial);
  const [next, setNext] = useState(firstNext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadOlder() {
    if (next === null) return;
    setBusy(true);
    setError(null);
    try {
      const page = await loadAuditPage(filter, next);
      setEvents((shown) => [...shown, ...page.events]);
      setNext(page.next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const filtered = filter.action !== null || filter.user !== null;
  if (events.length === 0)
    return <p className="text-sm text-slate-600">{filtered ? 'No events match these filters.' : 'No events yet.'}</p>;
  return (
    <div className="space-y-3">
      <AuditRows events={events} />
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span aria-live="polite">
          {events.length.toLocaleString('en-US')} event{events.length === 1 ? '' : 's'} shown
          {next === null ? ': that is all of them.' : ''}
        </span>
        {next !== null && (
          <Button type="button" variant="secondary" className="px-2.5 py-1" onClick={loadOlder} disabled={busy}>
            {busy ? 'Loading…' : 'Load older'}
          </Button>
        )}
        <RequestError error={error} variant="text" />
      </div>
    </div>
  );
}
