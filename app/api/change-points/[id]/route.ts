// PATCH /api/change-points/:id – { status: open|acknowledged|dismissed, note? } → 200 the change point; editors of
// its project. A decided change point is kept when later searches no longer find it.
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { changePointDecisionSchema } from '@/lib/server/schemas/history';
import { decideChangePoint, projectOfChangePoint } from '@/lib/server/services/change-point-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

export const PATCH = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const caller = requestCaller(request);
  await projectOfChangePoint(id); // 404 before 403 for a change point that does not exist
  await requireEditor(caller, { changePoint: id });
  const decision = changePointDecisionSchema.parse(await request.json().catch(() => undefined));
  return json(await decideChangePoint(id, decision, caller));
});
