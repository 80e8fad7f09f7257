'use client';
// A webhook's delivery log, newest first: a table from 640 px up, a list of stacked lines below (a phone shows
// every fact without scrolling sideways). Each finished delivery can be sent again.
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { DeliveryView } from '@/lib/domain/webhooks/types';
import { agoText, utcText } from '@/lib/view/share/state';
import { deliveryState } from '@/lib/view/webhooks/panel';

const TH = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const TD = 'px-3 py-2 align-middle';

interface Props {
  deliveries: DeliveryView[];
  now: Date;
  busy: boolean;
  onRedeliver: (deliveryId: string) => void;
}

function facts(d: DeliveryView, now: Date) {
  const state = deliveryState(d, now);
  const when = d.deliveredAt ?? d.lastAttemptAt ?? d.createdAt;
  return {
    state,
    detail: state.text.replace(/^(delivered|failed|retrying) ?/, ''),
    when,
    ago: agoText(when, now),
    run: d.runLabel ?? `${d.runId} (deleted)`,
    href: `/runs/${encodeURIComponent(d.runId)}`,
  };
}

export function DeliveryLog({ deliveries, now, busy, onRedeliver }: Props) {
  const again = (d: DeliveryView) =>
    d.status !== 'pending' && (
      <Button type="button" variant="ghost" className="px-2.5 py-1" disabled={busy} onClick={() => onRedeliver(d.id)}>
        Send again
      </Button>
    );
  return (
    <>
      <ul className="divide-y divide-slate-100 sm:hidden">
        {deliveries.map((d) => {
          const f = facts(d, now);
          return (
            <li key={d.id} className="space-y-1 px-4 py-2 text-sm" data-testid="delivery-item">
              <p>
                <Badge tone={f.state.tone}>{d.status}</Badge> <span className="text-slate-700">{f.detail}</span>
              </p>
              <p className="text-slate-600">
                <span className="font-mono">{d.event}</span> ·{' '}
                <a className="text-brand-700 underline" href={f.href}>
                  {f.run}
                </a>{' '}
                · {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'} ·{' '}
                <span title={utcText(f.when)}>{f.ago}</span>
              </p>
              {again(d)}
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-200">
            <tr>
              <th className={TH}>Status</th>
              <th className={TH}>Event</th>
              <th className={TH}>Run</th>
              <th className={TH}>Attempts</th>
              <th className={TH}>When</th>
              <th className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {deliveries.map((d) => {
              const f = facts(d, now);
              return (
                <tr key={d.id} data-testid="delivery-row">
                  <td className={`${TD} min-w-44`}>
                    <Badge tone={f.state.tone}>{d.status}</Badge> <span className="text-slate-700">{f.detail}</span>
                  </td>
                  <td className={`${TD} font-mono whitespace-nowrap`}>{d.event}</td>
                  <td className={TD}>
                    <a className="text-brand-700 underline" href={f.href}>
                      {f.run}
                    </a>
                  </td>
                  <td className={`${TD} num`}>{d.attempts}</td>
                  <td className={`${TD} whitespace-nowrap`} title={utcText(f.when)}>
                    {f.ago}
                  </td>
                  <td className={`${TD} text-right`}>{again(d)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
