// GET /api/projects/:id/criteria-sets – the project's criteria sets
// POST /api/projects/:id/criteria-sets – a new set (name unique in the project: 409 otherwise)
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { criteriaSetInputSchema } from '@/lib/server/schemas/criteria';
import { listProjectCriteriaSets, saveNewCriteriaSet } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) =>
  json({ sets: await listProjectCriteriaSets((await params).id) }),
);

export const POST = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  const input = criteriaSetInputSchema.parse(await request.json().catch(() => undefined));
  const set = await saveNewCriteriaSet((await params).id, input);
  return json(set, { status: 201, headers: { Location: `/api/criteria-sets/${set.id}` } });
});
