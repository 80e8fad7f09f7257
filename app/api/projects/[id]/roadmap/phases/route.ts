// POST /api/projects/:id/roadmap/phases – { title, notes? }: a new phase at the end
import { json, withErrors } from '@/lib/server/http/respond';
import { phaseInputSchema } from '@/lib/server/schemas/roadmap';
import { addPhase } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { title, notes } = phaseInputSchema.parse(await request.json().catch(() => undefined));
  return json({ id: await addPhase((await params).id, title, notes) }, { status: 201 });
});
