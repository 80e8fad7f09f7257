// The project page's Webhooks panel: the answer first (how many, how the last delivery went), then each
// webhook with its delivery log, and the form that makes one (its secret shown once).
import { Card } from '@/components/ui/card';
import { panelSummary, type Tone, type WebhookWithLog } from '@/lib/view/webhooks/panel';
import { NewWebhookForm } from './new-webhook-form';
import { WebhookItem } from './webhook-item';

export const TONE_TEXT: Record<Tone, string> = {
  ok: 'text-ok',
  warn: 'text-warn',
  bad: 'text-bad',
  neutral: 'text-slate-700',
};

export function WebhooksPanel({ projectId, hooks }: { projectId: string; hooks: WebhookWithLog[] }) {
  const now = new Date();
  const summary = panelSummary(hooks, now);
  return (
    <Card title={<span id="webhooks-title">Webhooks</span>}>
      <div className="space-y-5">
        <p className={`text-sm font-medium ${TONE_TEXT[summary.tone]}`} data-testid="webhooks-summary">
          {summary.text}
        </p>
        {hooks.length > 0 && (
          <ul className="space-y-4" aria-labelledby="webhooks-title">
            {hooks.map((h) => (
              <li key={h.id}>
                <WebhookItem hook={h} nowIso={now.toISOString()} />
              </li>
            ))}
          </ul>
        )}
        <NewWebhookForm projectId={projectId} />
      </div>
    </Card>
  );
}
