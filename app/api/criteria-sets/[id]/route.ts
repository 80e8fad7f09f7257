// GET /api/criteria-sets/:id – the set; with ?run=ID also its verdict on that run
// PUT /api/criteria-sets/:id – replace name, description, baseline and criteria (criteria sent
//   with their id keep it, and the roadmap items linked to them)
// DELETE /api/criteria-sets/:id
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { criteriaSetInputSchema } from '@/lib/server/schemas/criteria';
import {
  evaluateSetOnRun,
  getCriteriaSetOrThrow,
  removeCriteriaSet,
  saveCriteriaSet,
} from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const run = new URL(request.url).searchParams.get('run');
  const set = await getCriteriaSetOrThrow(id);
  return json(run ? { ...set, verdict: await evaluateSetOnRun(id, run) } : set);
});

export const PUT = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { criteriaSet: (await params).id });
  const input = criteriaSetInputSchema.parse(await request.json().catch(() => undefined));
  return json(await saveCriteriaSet((await params).id, input));
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { criteriaSet: (await params).id });
  await removeCriteriaSet((await params).id);
  return new Response(null, { status: 204 });
});
