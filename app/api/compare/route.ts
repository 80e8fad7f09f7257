// GET /api/compare?runs=ID,ID[,ID...][&baseline=ID][&target=ID][&format=json|md|csv] – the Comparison JSON,
//   the Markdown report, or the per-endpoint degradation table as CSV (formulas neutralised); runs in load
//   order; `target`: the run judged against the baseline (default: the last run given that is not the baseline)
// GET /api/compare?runs=ID&steps=1 – the load steps of one stepped run, compared like runs
//   &group=NAME=PREFIX (repeatable) adds endpoint groups; &thresholds=JSON overrides status thresholds
//   &window=whole|steady – every run as a whole or over its steady state (422 naming a run without one)
import { z } from 'zod';
import { parseRunWindow } from '@/lib/domain/analysis/run-window';
import { badRequest } from '@/lib/server/services/errors';
import { json, withErrors } from '@/lib/server/http/respond';
import { parseThresholds, userGroupSchema } from '@/lib/server/schemas/compare';
import { comparisonEndpointsCsv } from '@/lib/domain/report/csv-tables';
import { compareStoredRuns, compareStoredRunsMarkdown } from '@/lib/server/services/compare-service';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  runs: z
    .string()
    .min(1)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  baseline: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  format: z.enum(['json', 'md', 'csv']).default('json'),
  steps: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((s) => s === '1' || s === 'true'),
});

export const GET = withErrors(async (request: Request) => {
  const search = new URL(request.url).searchParams;
  const q = querySchema.parse(Object.fromEntries(search));
  const thresholds = search.get('thresholds');
  const window = parseRunWindow(search.get('window'));
  if (window === null) throw badRequest('window must be whole or steady');
  const options = {
    window,
    target: q.target,
    groups: search.getAll('group').map((g) => userGroupSchema.parse(g)),
    thresholds: thresholds === null ? undefined : parseThresholds(thresholds),
  };
  if (q.format === 'md') {
    const origin = new URL(request.url).origin;
    const markdown = await compareStoredRunsMarkdown(q.runs, q.baseline, q.steps, options, `${origin}/runs/`);
    return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  }
  const comparison = await compareStoredRuns(q.runs, q.baseline, q.steps, options);
  if (q.format === 'csv') {
    return new Response(comparisonEndpointsCsv(comparison), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="comparison-endpoints.csv"',
      },
    });
  }
  return json(comparison);
});
