// GET /api/compare/notes?runs=ID,ID[&baseline=ID][&steps=1] – the meeting's notes and decisions
//   about that comparison (null when none)
// PUT /api/compare/notes – { runs, baseline?, steps?, notes, decisions }: saves them
import { z } from 'zod';
import { callerName } from '@/lib/http/caller';
import { json, withErrors } from '@/lib/http/respond';
import { comparisonNotes, saveComparisonNotes } from '@/lib/services/compare-service';

export const dynamic = 'force-dynamic';

const text = z.string().max(50_000).nullable().transform((s) => (s && s.trim() !== '' ? s : null));
const querySchema = z.object({
  runs: z.string().min(1).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  baseline: z.string().min(1).optional(),
  steps: z.enum(['0', '1', 'true', 'false']).optional().transform((s) => s === '1' || s === 'true'),
});
const bodySchema = z
  .object({ runs: z.array(z.string().min(1).max(100)).min(1).max(50), baseline: z.string().min(1).max(100).optional(), steps: z.boolean().default(false), notes: text, decisions: text })
  .strict();

export const GET = withErrors(async (request: Request) => {
  const q = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ note: await comparisonNotes(q.runs, q.baseline, q.steps) });
});

export const PUT = withErrors(async (request: Request) => {
  const b = bodySchema.parse(await request.json().catch(() => undefined));
  return json({ note: await saveComparisonNotes(b.runs, b.baseline, b.steps, { notes: b.notes, decisions: b.decisions }, callerName(request)) });
});
