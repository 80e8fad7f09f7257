// GET /api/runs/:id/series – the endpoints that have a time series
// GET /api/runs/:id/series?name=NAME[&method=METHOD] – one endpoint's series (columns, null = unknown)
import { json, withErrors } from '@/lib/server/http/respond';
import { columnValues } from '@/lib/domain/locust/numbers';
import { getEndpointSeries, listEndpointSeries } from '@/lib/server/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const search = new URL(request.url).searchParams;
  const name = search.get('name');
  if (name === null) return json({ series: await listEndpointSeries(id) });
  const s = await getEndpointSeries(id, search.get('method') || null, name);
  const columns: Record<string, (number | null)[]> = {};
  for (const [key, value] of Object.entries(s)) if (value instanceof Float64Array) columns[key] = columnValues(value);
  for (const [key, value] of Object.entries(s.percentiles)) columns[`p${key}`] = columnValues(value);
  return json({ method: s.method, name: s.name, columns });
});
