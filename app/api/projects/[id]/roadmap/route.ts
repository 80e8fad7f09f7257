// GET /api/projects/:id/roadmap – phases, items, links and verification (JSON);
//   ?format=md: the roadmap as a Markdown task list (`- [x] ...`)
import { json, withErrors } from '@/lib/server/http/respond';
import { exportRoadmapMarkdown, getRoadmapView } from '@/lib/server/services/roadmap-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const url = new URL(request.url);
  if (url.searchParams.get('format') !== 'md') return json(await getRoadmapView(id));
  const markdown = await exportRoadmapMarkdown(id, (runId) => `${url.origin}/runs/${runId}`);
  return new Response(markdown, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': 'inline; filename="roadmap.md"' },
  });
});
