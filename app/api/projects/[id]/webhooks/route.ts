// GET /api/projects/:id/webhooks – the project's webhooks (never their secrets)
// POST /api/projects/:id/webhooks – { url, events, format?, secret? } → 201 the webhook with its `secret`, the only
//   answer that ever shows it (made by the server when not given); editors of the project
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { webhookInputSchema } from '@/lib/server/schemas/webhooks';
import { requireEditor } from '@/lib/server/services/project-access';
import { createWebhook, listProjectWebhooks } from '@/lib/server/services/webhook-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) =>
  json({ webhooks: await listProjectWebhooks((await params).id) }),
);

export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const caller = requestCaller(request);
  await requireEditor(caller, { project: id });
  const input = webhookInputSchema.parse(await request.json().catch(() => undefined));
  const webhook = await createWebhook(id, input, caller);
  return json(webhook, { status: 201, headers: { Location: `/api/webhooks/${webhook.id}` } });
});
