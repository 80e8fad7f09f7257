// POST /api/projects/:id/roadmap/phases – { title, notes? }: a new phase at the end
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { phaseInputSchema } from '@/lib/server/schemas/roadmap';
import { addPhase } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  const { title, notes } = phaseInputSchema.parse(await request.json().catch(() => undefined));
  return json({ id: await addPhase((await params).id, title, notes) }, { status: 201 });
});
