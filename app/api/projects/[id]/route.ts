// GET /api/projects/:id – the project (id or name) with its runs evaluated against every criteria
// set, sign-offs, and the roadmap with each item's verification by later runs
// DELETE /api/projects/:id – the project (id or name) with its runs, criteria sets, sign-offs, roadmap
// and share links, in one transaction (204; 404 when unknown). Access: as DELETE /api/runs/:id (proxy.ts).
// `id` arrives decoded (Next.js decodes route params once; decoding again would misread a name holding %).
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { getProjectOverview, removeProject } from '@/lib/server/services/project-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) =>
  json(await getProjectOverview((await params).id)),
);

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  await removeProject((await params).id);
  return new Response(null, { status: 204 });
});
