// POST /api/projects/:id/roadmap/import – { markdown, mode?: "append"|"replace" }: adds the
//   phases and items of a Markdown task list; 400 naming the line when it cannot be read
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { badRequest } from '@/lib/server/services/errors';
import { json, withErrors } from '@/lib/server/http/respond';
import { RoadmapImportError } from '@/lib/domain/roadmap/markdown';
import { importInputSchema } from '@/lib/server/schemas/roadmap';
import { importRoadmapMarkdown } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  const { markdown, mode } = importInputSchema.parse(await request.json().catch(() => undefined));
  try {
    return json(await importRoadmapMarkdown((await params).id, markdown, mode), { status: 201 });
  } catch (e) {
    if (e instanceof RoadmapImportError) throw badRequest(e.message, { line: e.line });
    throw e;
  }
});
