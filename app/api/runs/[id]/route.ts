// GET /api/runs/:id – the Run JSON of the contract
// PATCH /api/runs/:id – edit label, notes, tags
// DELETE /api/runs/:id – remove the run and everything stored with it
import { json, withErrors } from '@/lib/http/respond';
import { updateRunSchema } from '@/lib/schemas/runs';
import { editRun, getRunJson, removeRun } from '@/lib/services/runs-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) => json(await getRunJson((await params).id)));

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body: unknown = await request.json().catch(() => undefined);
  await editRun(id, updateRunSchema.parse(body));
  return json(await getRunJson(id));
});

export const DELETE = withErrors(async (_request: Request, { params }: Context) => {
  await removeRun((await params).id);
  return new Response(null, { status: 204 });
});
