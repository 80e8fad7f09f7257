'use client';
// The audit log's events, newest first; "Load older" appends the next page (GET /api/audit).
import { useState } from 'react';
import { loadAuditPage } from '@/components/api/audit';
import { errorMessage } from '@/components/api/errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { formatUtc } from '@/lib/domain/format/cells';
import type { AuditEventInfo } from '@/lib/domain/shapes/auth';
import { statusTone, viaText, type AuditFilterValues } from '@/lib/view/audit/audit-view';

const TH = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const TD = 'px-3 py-2 align-top';

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
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label="Audit events, newest first">
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className={TH}>
                When
              </th>
              <th scope="col" className={TH}>
                Who
              </th>
              <th scope="col" className={TH}>
                Action
              </th>
              <th scope="col" className={TH}>
                Target
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                From
              </th>
              <th scope="col" className={TH}>
                Detail
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((e) => (
              <tr key={e.id} data-audit-action={e.action} className="text-slate-800">
                <td className={`${TD} num whitespace-nowrap text-slate-600`}>{formatUtc(e.at)}</td>
                <td className={TD}>
                  <div className="font-medium">{e.actor}</div>
                  <div className="text-xs text-slate-500">{viaText(e.via)}</div>
                </td>
                <td className={`${TD} font-mono text-xs whitespace-nowrap`}>{e.action}</td>
                <td className={`${TD} max-w-48 font-mono text-xs break-all`}>{e.target ?? '—'}</td>
                <td className={TD}>
                  <Badge tone={statusTone(e.status)}>{e.status}</Badge>
                </td>
                <td className={`${TD} num whitespace-nowrap text-slate-600`}>{e.address}</td>
                <td className={`${TD} max-w-80 min-w-48 break-words text-slate-600`}>{e.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
