// PATCH /api/roadmap/phases/:id – { title?, notes?, position? } (position moves it among the phases)
// DELETE /api/roadmap/phases/:id – the phase and its items
import { json, withErrors } from '@/lib/server/http/respond';
import { phasePatchSchema } from '@/lib/server/schemas/roadmap';
import { editPhase, removePhase } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  await editPhase((await params).id, phasePatchSchema.parse(await request.json().catch(() => undefined)));
  return json({ ok: true });
});

export const DELETE = withErrors(async (_request: Request, { params }: Context) => {
  await removePhase((await params).id);
  return new Response(null, { status: 204 });
});
