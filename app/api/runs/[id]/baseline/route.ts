// GET /api/runs/:id/baseline?spec=SPEC – which stored run is the baseline of run :id: SPEC is id:RUN_ID or
//   latest:KEY=VALUE,... (branch, environment, profile, tag, users, go; docs/contract.md "Baselines"). 200 with
//   { runId, label, createdAt, targetRunId, spec }; 404 `no_baseline` with a sentence when no run matches.
import { z } from 'zod';
import { json, withErrors } from '@/lib/server/http/respond';
import { resolveBaseline } from '@/lib/server/services/baseline-service';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ spec: z.string().min(1).max(2000) });

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { spec } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await resolveBaseline((await params).id, spec));
});
