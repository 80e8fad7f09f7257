// PATCH /api/webhooks/:id – { disabled } → 200 the webhook (disabled: no new deliveries are enqueued)
// DELETE /api/webhooks/:id – deletes it with its delivery log; editors of its project
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { webhookPatchSchema } from '@/lib/server/schemas/webhooks';
import { deleteWebhook, setWebhookDisabled } from '@/lib/server/services/webhook-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  const { disabled } = webhookPatchSchema.parse(await request.json().catch(() => undefined));
  return json(await setWebhookDisabled((await params).id, disabled, requestCaller(request)));
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await deleteWebhook((await params).id, requestCaller(request));
  return new Response(null, { status: 204 });
});
