// POST /api/criteria-sets/:id/sign-offs – sign off the set's verdict on a run:
//   { runId, decision: GO|CONDITIONAL|NO-GO, decidedBy, note? } (a note is required when the
//   decision differs from the evaluation); 201 with the record, evaluation included. With access control
//   on, decidedBy is the signed-in caller's name whatever the body says.
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { signOffInputSchema } from '@/lib/server/schemas/criteria';
import { signOffVerdict } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { criteriaSet: (await params).id });
  const input = signOffInputSchema.parse(await request.json().catch(() => undefined));
  // Signed in, the record names the account (or the admin secret's given name), not what the form says.
  const caller = requestCaller(request);
  const decidedBy = caller ? caller.name : input.decidedBy;
  return json(await signOffVerdict((await params).id, { ...input, decidedBy }), { status: 201 });
});
