// POST /api/examples – store the demo project (example runs, criteria sets, roadmap) unless it is there:
//   201 when something was stored, 200 when all of it was; { ids, projectId, compareUrl, created }
import { json, withErrors } from '@/lib/server/http/respond';
import { loadExampleRuns } from '@/lib/server/services/examples-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (_request: Request) => {
  const loaded = await loadExampleRuns();
  return json(loaded, { status: loaded.created ? 201 : 200 });
});
