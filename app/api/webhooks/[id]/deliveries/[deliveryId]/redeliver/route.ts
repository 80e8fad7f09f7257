// POST /api/webhooks/:id/deliveries/:deliveryId/redeliver – sends the same body again, now (pending; attempts keep
//   counting); editors of the webhook's project
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { redeliver } from '@/lib/server/services/webhook-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; deliveryId: string }> };

export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id, deliveryId } = await params;
  return json(await redeliver(id, deliveryId, requestCaller(request)), { status: 202 });
});
