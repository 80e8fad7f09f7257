// POST /api/examples – store the demo project (example runs, criteria sets, roadmap) unless it is there:
//   201 when something was stored, 200 when all of it was; { ids, projectId, compareUrl, created }
import { json, withErrors } from '@/lib/server/http/respond';
import { requestCaller } from '@/lib/server/http/caller';
import { EXAMPLE_PROJECT, loadExampleRuns } from '@/lib/server/services/examples-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  await requireEditor(requestCaller(request), { project: EXAMPLE_PROJECT });
  const loaded = await loadExampleRuns();
  return json(loaded, { status: loaded.created ? 201 : 200 });
});
