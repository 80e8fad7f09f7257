// PATCH /api/roadmap/phases/:id – { title?, notes?, position? } (position moves it among the phases)
// DELETE /api/roadmap/phases/:id – the phase and its items
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { phasePatchSchema } from '@/lib/server/schemas/roadmap';
import { editPhase, removePhase } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { phase: (await params).id });
  await editPhase((await params).id, phasePatchSchema.parse(await request.json().catch(() => undefined)));
  return json({ ok: true });
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { phase: (await params).id });
  await removePhase((await params).id);
  return new Response(null, { status: 204 });
});
