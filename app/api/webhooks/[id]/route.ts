// PATCH /api/webhooks/:id – { disabled } → 200 the webhook (disabled: no new deliveries are enqueued)
// DELETE /api/webhooks/:id – deletes it with its delivery log; editors of its project
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { webhookPatchSchema } from '@/lib/server/schemas/webhooks';
import { deleteWebhook, setWebhookDisabled } from '@/lib/server/services/webhook-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireEditor(requestCaller(request), { webhook: id });
  const { disabled } = webhookPatchSchema.parse(await request.json().catch(() => undefined));
  return json(await setWebhookDisabled(id, disabled));
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireEditor(requestCaller(request), { webhook: id });
  await deleteWebhook(id);
  return new Response(null, { status: 204 });
});
