// GET /api/runs/:id – the Run JSON of the contract; ?format=csv – its endpoint statistics as CSV
// PATCH /api/runs/:id – edit label, notes, tags
// DELETE /api/runs/:id – remove the run and everything stored with it
import { z } from 'zod';
import { runEndpointsCsv } from '@/lib/format/csv-tables';
import { json, withErrors } from '@/lib/http/respond';
import { updateRunSchema } from '@/lib/schemas/runs';
import { editRun, getRunJson, getStoredRunOrThrow, removeRun } from '@/lib/services/runs-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const querySchema = z.object({ format: z.enum(['json', 'csv']).default('json') });

export const GET = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (format === 'json') return json(await getRunJson(id));
  const { run } = await getStoredRunOrThrow(id);
  return new Response(runEndpointsCsv(run.endpoints, run.aggregated), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${id}-endpoints.csv"` },
  });
});

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body: unknown = await request.json().catch(() => undefined);
  await editRun(id, updateRunSchema.parse(body));
  return json(await getRunJson(id));
});

export const DELETE = withErrors(async (_request: Request, { params }: Context) => {
  await removeRun((await params).id);
  return new Response(null, { status: 204 });
});
