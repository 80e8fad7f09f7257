// GET /api/projects/:id/trends/matrix?metric=&basis=&runs=&branch=&environment=&profile=&users=&tag= – every
// scope's values over the newest runs, the aggregate first, then the worst recent change first
import { json, withErrors } from '@/lib/server/http/respond';
import { matrixQuerySchema, trendFilters } from '@/lib/server/schemas/history';
import { trendMatrix } from '@/lib/server/services/trend-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const q = matrixQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await trendMatrix((await params).id, { ...q, filters: trendFilters(q) }));
});
