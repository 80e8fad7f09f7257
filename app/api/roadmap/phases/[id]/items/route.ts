// POST /api/roadmap/phases/:id/items – a new item at the end of the phase: { title, priority?,
//   problem?, expectedImpact?, owner?, status?, notes?, criterionIds?, newCriteria?: [{ setId | setName,
//   criterion }] } (new criteria are added to that set, created by name when missing, and linked)
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { itemInputSchema } from '@/lib/server/schemas/roadmap';
import { addItem } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { phase: (await params).id });
  const input = itemInputSchema.parse(await request.json().catch(() => undefined));
  return json({ id: await addItem((await params).id, input) }, { status: 201 });
});
