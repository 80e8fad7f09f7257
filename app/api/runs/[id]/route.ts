// GET /api/runs/:id – the Run JSON of the contract; ?format=csv – its endpoint statistics as CSV;
//   ?window=whole|steady – figures over the whole run or its steady state (422 without one);
//   ?p95LimitMs=MS – the capacity curve's P95 limit (default: the project's P95 criterion)
// PATCH /api/runs/:id – edit label, notes, tags, users, spawn rate, build and provenance (commit, branch,
//   environment, buildUrl, profile)
// DELETE /api/runs/:id – remove the run and everything stored with it
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { z } from 'zod';
import { runEndpointsCsv } from '@/lib/domain/report/csv-tables';
import { json, withErrors } from '@/lib/server/http/respond';
import { updateRunSchema } from '@/lib/server/schemas/runs';
import { parseRunWindow } from '@/lib/domain/analysis/run-window';
import { badRequest } from '@/lib/server/services/errors';
import { editRun, getRunJson, getRunOverWindow, removeRun } from '@/lib/server/services/runs-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const querySchema = z.object({
  format: z.enum(['json', 'csv']).default('json'),
  window: z.string().optional(),
  p95LimitMs: z.coerce.number().positive().optional(),
});

export const GET = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const q = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const window = parseRunWindow(q.window);
  if (window === null) throw badRequest('window must be whole or steady');
  if (q.format === 'json') return json(await getRunJson(id, { window, p95LimitMs: q.p95LimitMs }));
  const { run } = await getRunOverWindow(id, window);
  return new Response(runEndpointsCsv(run.endpoints, run.aggregated), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${id}-endpoints.csv"`,
    },
  });
});

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { runs: [(await params).id] });
  const { id } = await params;
  const body: unknown = await request.json().catch(() => undefined);
  await editRun(id, updateRunSchema.parse(body));
  return json(await getRunJson(id));
});

export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireEditor(requestCaller(request), { runs: [(await params).id] });
  await removeRun((await params).id);
  return new Response(null, { status: 204 });
});
