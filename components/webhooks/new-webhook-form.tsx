'use client';
// Makes a webhook: URL, format, events. The secret the server makes is shown here once, with a copy button
// (it signs every body: X-Swarmlens-Signature), until dismissed.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { createWebhook } from '@/components/api/webhooks';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { copyText } from '@/components/ui/copy-text';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS, type WebhookEvent, type WebhookFormat } from '@/lib/domain/webhooks/types';
import { EVENT_WORDS, FORMAT_WORDS } from '@/lib/view/webhooks/panel';

export function NewWebhookForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const ids = { url: useId(), format: useId(), error: useId() };
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('json');
  const [events, setEvents] = useState<WebhookEvent[]>([...WEBHOOK_EVENTS]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [, startRefresh] = useTransition();

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = await createWebhook(projectId, { url: url.trim(), events, format });
      setSecret(made.secret);
      setCopied(null);
      setUrl('');
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const toggle = (e: WebhookEvent) =>
    setEvents((now) =>
      now.includes(e) ? now.filter((x) => x !== e) : WEBHOOK_EVENTS.filter((x) => x === e || now.includes(x)),
    );

  return (
    <div className="space-y-3 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold text-slate-800">Add a webhook</h3>
      <form onSubmit={create} className="space-y-3" aria-describedby={error ? ids.error : undefined}>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-[2]">
            <label htmlFor={ids.url} className={LABEL}>
              URL
            </label>
            <input
              id={ids.url}
              type="url"
              className={FIELD}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              required
              maxLength={2000}
              placeholder="https://hooks.slack.com/services/…"
            />
          </div>
          <div className="min-w-40 flex-1">
            <label htmlFor={ids.format} className={LABEL}>
              Format
            </label>
            <select
              id={ids.format}
              className={FIELD}
              value={format}
              onChange={(e) => setFormat(e.target.value as WebhookFormat)}
            >
              {WEBHOOK_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_WORDS[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="flex flex-wrap gap-x-5 gap-y-1">
          <legend className={`${LABEL} mb-1`}>Post when</legend>
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={events.includes(e)} onChange={() => toggle(e)} />
              {EVENT_WORDS[e]} <code className="font-mono text-xs text-slate-500">{e}</code>
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={busy || url.trim() === '' || events.length === 0}>
          {busy ? 'Adding…' : 'Add webhook'}
        </Button>
      </form>
      <RequestError id={ids.error} error={error} />
      {secret && (
        <div role="status" className="space-y-3 rounded-lg border border-green-200 bg-green-50/60 p-4">
          <p className="text-sm font-medium text-slate-900">Webhook added. Its signing secret:</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              aria-label="The webhook's secret"
              className={[
                'min-w-0 flex-1 rounded-md border border-slate-200 bg-white px-3 py-2',
                'font-mono text-sm break-all text-slate-900 select-all',
              ].join(' ')}
            >
              {secret}
            </code>
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                copyText(secret).then(
                  () => setCopied('copied'),
                  () => setCopied('failed'),
                )
              }
            >
              Copy
            </Button>
            <span aria-live="polite" className="text-sm text-slate-600">
              {copied === 'copied'
                ? 'Copied to the clipboard'
                : copied === 'failed'
                  ? 'Could not copy: select it and copy it'
                  : ''}
            </span>
          </div>
          <p className="text-sm text-warn">Copy it now: it will not be shown again.</p>
          <p className="text-xs text-slate-600">
            Every body is signed: <code className="font-mono">X-Swarmlens-Signature: sha256=HEX</code>, the HMAC-SHA256
            of the raw body with this secret.
          </p>
          <Button type="button" variant="ghost" onClick={() => setSecret(null)}>
            Done, hide the secret
          </Button>
        </div>
      )}
    </div>
  );
}
