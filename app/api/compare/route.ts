// GET /api/compare?runs=ID,ID[,ID...][&baseline=ID][&format=json|md] – the Comparison JSON or Markdown
import { z } from 'zod';
import { json, withErrors } from '@/lib/http/respond';
import { compareStoredRuns, compareStoredRunsMarkdown } from '@/lib/services/compare-service';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  runs: z.string().min(1).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  baseline: z.string().min(1).optional(),
  format: z.enum(['json', 'md']).default('json'),
});

export const GET = withErrors(async (request: Request) => {
  const q = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (q.format === 'md') {
    return new Response(await compareStoredRunsMarkdown(q.runs, q.baseline), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  }
  return json(await compareStoredRuns(q.runs, q.baseline));
});
