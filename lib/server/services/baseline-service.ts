// GET /api/runs/:id/baseline?spec=SPEC: which stored run is the baseline of a run (lib/domain/ci/baseline-spec.ts).
// id:RUN_ID names it; latest:KEY=VALUE,... picks the newest run of the target's project uploaded before the target
// that matches every filter, so asking again after newer uploads gives the same answer (a re-run CI job;
// baseline-latest.ts); rule:NAME resolves the project's baseline rule of that name (baseline-rule-resolve.ts).
import 'server-only';
import { BaselineSpecError, baselineSpecText, parseBaselineSpec } from '../../domain/ci/baseline-spec';
import type { BaselineRuleView } from '../../domain/ci/baseline-rule';
import { database } from '../db/stores';
import { newestMatching } from './baseline-latest';
import { resolveRule } from './baseline-rule-resolve';
import { badRequest, notFound } from './errors';

export interface ResolvedBaseline {
  /** The baseline run. */
  runId: string;
  label: string;
  /** ISO-8601 upload time of the baseline. */
  createdAt: string;
  /** The run it is the baseline of. */
  targetRunId: string;
  /** The spec as read (keys in a fixed order). */
  spec: string;
  /** rule:NAME only: the rule, and which run it picked and why. */
  rule?: Pick<BaselineRuleView, 'id' | 'name' | 'kind' | 'description'>;
  reason?: string;
}

export async function resolveBaseline(targetRunId: string, specText: string): Promise<ResolvedBaseline> {
  let spec;
  try {
    spec = parseBaselineSpec(specText);
  } catch (e) {
    if (e instanceof BaselineSpecError) throw badRequest(`spec: ${e.message}`);
    throw e;
  }
  if (spec.kind === 'position' || spec.kind === 'path')
    throw badRequest(
      'spec: a position or a path names runs on the command line; the server takes id:, latest: or rule:',
    );
  const db = await database();
  const target = await db.runs.baselineTarget(targetRunId);
  if (!target) throw notFound(`run ${targetRunId}`);
  const text = baselineSpecText(spec);
  const answer = (run: { id: string; label: string; createdAt: string }): ResolvedBaseline => ({
    runId: run.id,
    label: run.label,
    createdAt: run.createdAt,
    targetRunId: target.id,
    spec: text,
  });
  if (spec.kind === 'id') {
    if (spec.runId === target.id) throw badRequest(`spec: run ${target.id} cannot be its own baseline`);
    const named = await db.runs.baselineTarget(spec.runId);
    if (!named) throw notFound(`baseline run ${spec.runId}`);
    return answer({ id: named.id, label: named.label, createdAt: named.createdAt.toISOString() });
  }
  if (spec.kind === 'rule') {
    const { run, rule, reason } = await resolveRule(target, spec.name);
    return { ...answer(run), rule, reason };
  }
  return answer((await newestMatching(target, spec.filters, text)).run);
}

/** The compare page's `baseline=rule:NAME`: the rule resolved against the target (`target`, else the last run
 *  given), its run put first among the runs unless it is one of them already. 400/404 as resolveBaseline. */
export async function ruleBaselineOfComparison(
  ids: readonly string[],
  spec: string,
  target: string | undefined,
): Promise<{ ids: string[]; baseline: string; chosen: ResolvedBaseline }> {
  const targetId = target ?? ids.at(-1);
  if (targetId === undefined) throw badRequest(`${spec} needs a run to judge: give runs=RUN_ID`);
  const chosen = await resolveBaseline(targetId, spec);
  const all = ids.includes(chosen.runId) ? [...ids] : [chosen.runId, ...ids];
  return { ids: all, baseline: chosen.runId, chosen };
}
