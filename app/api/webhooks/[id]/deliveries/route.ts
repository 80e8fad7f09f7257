// GET /api/webhooks/:id/deliveries?limit= – the delivery log, newest first (default 50, at most 500)
import { json, withErrors } from '@/lib/server/http/respond';
import { deliveriesQuerySchema } from '@/lib/server/schemas/webhooks';
import { webhookDeliveries } from '@/lib/server/services/webhook-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { limit } = deliveriesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ deliveries: await webhookDeliveries((await params).id, limit) });
});
