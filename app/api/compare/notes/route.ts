// GET /api/compare/notes?runs=ID,ID[&baseline=ID][&steps=1] – the meeting's notes and decisions
//   about that comparison (null when none)
// PUT /api/compare/notes – { runs, baseline?, steps?, notes, decisions }: saves them
import { callerName, requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { notesBodySchema as bodySchema, notesQuerySchema as querySchema } from '@/lib/server/schemas/notes';
import { comparisonNotes, saveComparisonNotes } from '@/lib/server/services/compare-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const q = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ note: await comparisonNotes(q.runs, q.baseline, q.steps) });
});

export const PUT = withErrors(async (request: Request) => {
  const b = bodySchema.parse(await request.json().catch(() => undefined));
  await requireEditor(requestCaller(request), { runs: b.runs });
  return json({
    note: await saveComparisonNotes(
      b.runs,
      b.baseline,
      b.steps,
      { notes: b.notes, decisions: b.decisions },
      callerName(request),
    ),
  });
});
