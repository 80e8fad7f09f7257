// GET /api/projects/:id[?page=N][&run=ID] – the project (id or name) as its page shows it: every run without
// figures, one page of runs (30, newest first: page 1; or the page holding `run`) evaluated against every criteria
// set, sign-offs, and the roadmap with each item's verification by later runs
// DELETE /api/projects/:id – the project (id or name) with its runs, criteria sets, sign-offs, roadmap
// and share links, in one transaction (204; 404 when unknown). Access: as DELETE /api/runs/:id (proxy.ts).
// `id` arrives decoded (Next.js decodes route params once; decoding again would misread a name holding %).
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { getProjectApiPage, removeProject } from '@/lib/server/services/project-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (request: Request, { params }: Context) => {
  const query = new URL(request.url).searchParams;
  const asked = { page: query.get('page') ?? undefined, run: query.get('run') ?? undefined };
  return json(await getProjectApiPage((await params).id, asked));
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { project: (await params).id });
  await removeProject((await params).id);
  return new Response(null, { status: 204 });
});
