// POST /api/runs/:id/check – evaluate a criteria set (JSON body: the criteria file, plus an
// optional "baseline" run id for relative gates); 200 with the verdict JSON of docs/contract.md
import { json, withErrors } from '@/lib/server/http/respond';
import type { CriteriaSet } from '@/lib/domain/criteria/types';
import { runCheckBodySchema as bodySchema } from '@/lib/server/schemas/criteria';
import { checkStoredRun } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const body = bodySchema.parse(await request.json().catch(() => undefined));
  const { baseline, ...set } = body;
  return json(await checkStoredRun((await params).id, set as CriteriaSet, baseline ?? null));
});
