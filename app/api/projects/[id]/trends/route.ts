// GET /api/projects/:id/trends?metric=&scope=&basis=&branch=&environment=&profile=&users=&tag= – one metric of
// one scope over the project's runs, oldest first, cut into eras, with its stored change points
import { json, withErrors } from '@/lib/server/http/respond';
import { trendFilters, trendQuerySchema } from '@/lib/server/schemas/history';
import { projectTrend } from '@/lib/server/services/trend-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const q = trendQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await projectTrend((await params).id, { ...q, filters: trendFilters(q) }));
});
