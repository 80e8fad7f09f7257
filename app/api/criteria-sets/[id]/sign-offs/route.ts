// POST /api/criteria-sets/:id/sign-offs – sign off the set's verdict on a run:
//   { runId, decision: GO|CONDITIONAL|NO-GO, decidedBy, note? } (a note is required when the
//   decision differs from the evaluation); 201 with the record, evaluation included
import { json, withErrors } from '@/lib/server/http/respond';
import { signOffInputSchema } from '@/lib/server/schemas/criteria';
import { signOffVerdict } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const input = signOffInputSchema.parse(await request.json().catch(() => undefined));
  return json(await signOffVerdict((await params).id, input), { status: 201 });
});
