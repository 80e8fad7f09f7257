// GET /api/roadmap/items/:id/check?run=ID – "check against run X": each criterion the item links to on
// that run of its project (or why its set does not judge the run); reads only, changes nothing.
import { badRequest } from '@/lib/server/services/errors';
import { json, withErrors } from '@/lib/server/http/respond';
import { checkRoadmapItem } from '@/lib/server/services/evaluation-reads';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const run = new URL(request.url).searchParams.get('run');
  if (!run) throw badRequest('give the run to check against: ?run=ID');
  return json(await checkRoadmapItem((await params).id, run));
});
