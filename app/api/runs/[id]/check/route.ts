// POST /api/runs/:id/check – evaluate a criteria set (JSON body: the criteria file, plus an
// optional "baseline" run id for relative gates); 200 with the verdict JSON of docs/contract.md
import { z } from 'zod';
import { json, withErrors } from '@/lib/http/respond';
import { criteriaSetSchema } from '@/lib/criteria/schema';
import type { CriteriaSet } from '@/lib/criteria/types';
import { checkStoredRun } from '@/lib/services/criteria-service';

export const dynamic = 'force-dynamic';

const bodySchema = criteriaSetSchema.extend({ baseline: z.string().min(1).optional() });

export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const body = bodySchema.parse(await request.json().catch(() => undefined));
  const { baseline, ...set } = body;
  return json(await checkStoredRun((await params).id, set as CriteriaSet, baseline ?? null));
});
