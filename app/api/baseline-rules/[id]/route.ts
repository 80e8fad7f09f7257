// DELETE /api/baseline-rules/:id – deletes a baseline rule (comparisons made with it keep their runs); editors of
// its project
import { requestCaller } from '@/lib/server/http/caller';
import { withErrors } from '@/lib/server/http/respond';
import { deleteBaselineRule } from '@/lib/server/services/baseline-rule-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireEditor(requestCaller(request), { baselineRule: id });
  await deleteBaselineRule(id);
  return new Response(null, { status: 204 });
});
