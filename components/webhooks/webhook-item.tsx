'use client';
// One webhook: where it posts, what and how; disable, delete; its delivery log (newest first) with a
// "Send again" per delivery.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { redeliver, setWebhookDisabled, webhookUrl } from '@/components/api/webhooks';
import { errorMessage } from '@/components/api/errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RequestError } from '@/components/ui/request-error';
import { useDelete } from '@/components/ui/use-delete';
import { agoText, utcText } from '@/lib/view/share/state';
import { deliveryState, EVENT_WORDS, FORMAT_WORDS, type WebhookWithLog } from '@/lib/view/webhooks/panel';

const TH = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const TD = 'px-3 py-2 align-top';
const SMALL = 'px-2.5 py-1';

export function WebhookItem({ hook, nowIso }: { hook: WebhookWithLog; nowIso: string }) {
  const router = useRouter();
  const now = new Date(nowIso);
  const [, startRefresh] = useTransition();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const disabled = hook.disabledAt !== null;
  const offBadge = disabled ? (
    <>
      <Badge tone="warn">disabled</Badge>{' '}
    </>
  ) : null;
  const whenWords = `When ${hook.events.map((e) => EVENT_WORDS[e]).join(' or ')}.`;
  return (
    <div className="rounded-lg border border-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-3 p-4">
        <div className="min-w-0 flex-1 space-y-1">
          <p className="font-mono text-sm break-all text-slate-900">{hook.url}</p>
          <p className="text-sm text-slate-600">
            <Badge tone="brand">{FORMAT_WORDS[hook.format]}</Badge> {offBadge}
            {whenWords}
          </p>
          <p className="text-xs text-slate-500">
            Made by {hook.createdBy}, {utcText(hook.createdAt)}. The secret was shown once, when it was made.
          </p>
        </div>
        <div className="flex gap-2">
          <Button
            type="button"
            variant="secondary"
            className={SMALL}
            disabled={busy}
            onClick={() => act(() => setWebhookDisabled(hook.id, !disabled))}
          >
            {disabled ? 'Enable' : 'Disable'}
          </Button>
          <Button
            type="button"
            variant="secondary"
            className={`${SMALL} text-bad hover:bg-red-50`}
            onClick={() => setDeleting(true)}
            aria-label={`Delete the webhook to ${hook.url}`}
          >
            Delete
          </Button>
        </div>
      </div>
      <RequestError error={error} className="mx-4 mb-3" />
      <details className="border-t border-slate-100" open={hook.deliveries.length > 0}>
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700">
          Delivery log ({hook.deliveries.length === 0 ? 'none yet' : `newest ${hook.deliveries.length}`})
        </summary>
        {hook.deliveries.length > 0 && (
          <div className="overflow-x-auto">
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
                {hook.deliveries.map((d) => {
                  const state = deliveryState(d, now);
                  const when = d.deliveredAt ?? d.lastAttemptAt ?? d.createdAt;
                  return (
                    <tr key={d.id} data-testid="delivery-row">
                      <td className={`${TD} min-w-48`}>
                        <Badge tone={state.tone}>{d.status}</Badge>{' '}
                        <span className="text-slate-700">
                          {state.text.replace(/^(delivered|failed|retrying) ?/, '')}
                        </span>
                      </td>
                      <td className={`${TD} font-mono whitespace-nowrap`}>{d.event}</td>
                      <td className={TD}>
                        <a className="text-brand-700 underline" href={`/runs/${encodeURIComponent(d.runId)}`}>
                          {d.runId.slice(-8)}
                        </a>
                      </td>
                      <td className={`${TD} num`}>{d.attempts}</td>
                      <td className={`${TD} whitespace-nowrap`} title={utcText(when)}>
                        {agoText(when, now)}
                      </td>
                      <td className={`${TD} text-right`}>
                        {d.status !== 'pending' && (
                          <Button
                            type="button"
                            variant="ghost"
                            className={SMALL}
                            disabled={busy}
                            onClick={() => act(() => redeliver(hook.id, d.id))}
                          >
                            Send again
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </details>
      {deleting && <DeleteWebhookDialog hook={hook} onClose={() => setDeleting(false)} />}
    </div>
  );
}

function DeleteWebhookDialog({ hook, onClose }: { hook: WebhookWithLog; onClose: () => void }) {
  const router = useRouter();
  const { busy, error, remove } = useDelete(webhookUrl(hook.id));
  return (
    <ConfirmDialog
      title="Delete this webhook?"
      description={`Nothing more is posted to ${hook.url}, and its delivery log goes with it.`}
      confirmLabel="Delete webhook"
      busy={busy}
      error={error}
      onConfirm={() => remove(() => (onClose(), router.refresh()))}
      onClose={onClose}
    />
  );
}
