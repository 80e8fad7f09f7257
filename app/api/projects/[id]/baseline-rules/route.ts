// GET /api/projects/:id/baseline-rules – the project's baseline rules by name, each with what it picks in words
// POST /api/projects/:id/baseline-rules – { name, kind: pinned, runId } | { name, kind: latest, spec } |
//   { name, kind: median, lastN? } → 201 the rule; editors of the project (docs/contract.md "Baseline rules")
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { baselineRuleInputSchema } from '@/lib/server/schemas/baseline-rules';
import { createBaselineRule, listProjectBaselineRules } from '@/lib/server/services/baseline-rule-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) =>
  json({ rules: await listProjectBaselineRules((await params).id) }),
);

export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const caller = requestCaller(request);
  await requireEditor(caller, { project: id });
  const input = baselineRuleInputSchema.parse(await request.json().catch(() => undefined));
  const rule = await createBaselineRule(id, input, caller);
  return json(rule, { status: 201, headers: { Location: `/api/baseline-rules/${rule.id}` } });
});
