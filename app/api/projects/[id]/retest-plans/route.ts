// POST /api/projects/:id/retest-plans – { set, phase?: { id } | { title }, items?: [{ title, priority?,
//   problem?, expectedImpact?, owner?, status?, notes?, criterion }] }: the criteria set and the items
//   linked to its criteria (a criterion the set lacks is added), all in one transaction; 201
//   { set, phaseId, itemIds }
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { retestPlanSchema } from '@/lib/server/schemas/roadmap';
import { saveRetestPlan } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  const plan = retestPlanSchema.parse(await request.json().catch(() => undefined));
  return json(await saveRetestPlan((await params).id, plan), { status: 201 });
});
