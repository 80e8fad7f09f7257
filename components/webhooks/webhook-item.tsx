'use client';
// One webhook: where it posts, what and how; disable, delete; its delivery log (delivery-log.tsx).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { redeliver, setWebhookDisabled, webhookUrl } from '@/components/api/webhooks';
import { errorMessage } from '@/components/api/errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RequestError } from '@/components/ui/request-error';
import { useDelete } from '@/components/ui/use-delete';
import { utcText } from '@/lib/view/share/state';
import { EVENT_WORDS, FORMAT_WORDS, type WebhookWithLog } from '@/lib/view/webhooks/panel';
import { DeliveryLog } from './delivery-log';

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
        <div className="min-w-60 flex-1 space-y-1">
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
          <DeliveryLog
            deliveries={hook.deliveries}
            now={now}
            busy={busy}
            onRedeliver={(deliveryId) => act(() => redeliver(hook.id, deliveryId))}
          />
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
