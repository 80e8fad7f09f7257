// PATCH /api/roadmap/items/:id – edit fields, status, linked criteria; { phaseId?, position? } moves it
// DELETE /api/roadmap/items/:id
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { itemPatchSchema } from '@/lib/server/schemas/roadmap';
import { editItem, removeItem } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { item: (await params).id });
  await editItem((await params).id, itemPatchSchema.parse(await request.json().catch(() => undefined)));
  return json({ ok: true });
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { item: (await params).id });
  await removeItem((await params).id);
  return new Response(null, { status: 204 });
});
