// POST /api/webhooks/:id/deliveries/:deliveryId/redeliver – sends the same body again, now (pending; attempts keep
//   counting); editors of the webhook's project
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { redeliver } from '@/lib/server/services/webhook-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; deliveryId: string }> };

export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id, deliveryId } = await params;
  await requireEditor(requestCaller(request), { webhook: id });
  return json(await redeliver(id, deliveryId), { status: 202 });
});
