// Baseline rules of a project (lib/domain/ci/baseline-rule.ts): listed by anyone who may read the project, made
// and deleted by its editors (the routes call requireEditor first). A pinned rule's run must be one of the
// project's; a latest rule's spec is checked by the --baseline grammar and stored with its keys in a fixed order.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import { BaselineSpecError } from '../../domain/ci/baseline-spec';
import { normalRuleSpec, type BaselineRuleView } from '../../domain/ci/baseline-rule';
import { writeErrorKind } from '../db/write-errors';
import { database } from '../db/stores';
import type { BaselineRuleInput } from '../schemas/baseline-rules';
import { badRequest, conflict, notFound } from './errors';

const nameOf = (caller: CallerIdentity | null) => caller?.name ?? 'anyone (open instance)';

async function projectOrThrow(idOrName: string) {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  if (!project) throw notFound(`project ${idOrName}`);
  return project;
}

export async function listProjectBaselineRules(projectId: string): Promise<BaselineRuleView[]> {
  const project = await projectOrThrow(projectId);
  return (await database()).baselineRules.listBaselineRules(project.id);
}

export async function createBaselineRule(
  projectId: string,
  input: BaselineRuleInput,
  caller: CallerIdentity | null,
): Promise<BaselineRuleView> {
  const project = await projectOrThrow(projectId);
  const db = await database();
  const rule = await ruleFields(project, input);
  try {
    return await db.baselineRules.createBaselineRule({
      projectId: project.id,
      name: input.name,
      kind: input.kind,
      ...rule,
      createdBy: nameOf(caller),
    });
  } catch (e) {
    if (writeErrorKind(e) === 'duplicate')
      throw conflict(`project ${project.name} already has a baseline rule named "${input.name}"`);
    throw e;
  }
}

/** What each kind keeps: pinned the run (one of the project's), latest the spec's body, median N. */
async function ruleFields(
  project: { id: string; name: string },
  input: BaselineRuleInput,
): Promise<{ runId: string | null; spec: string | null; lastN: number | null }> {
  if (input.kind === 'median') return { runId: null, spec: null, lastN: input.lastN };
  if (input.kind === 'pinned') {
    const run = await (await database()).baselineRules.runOfProject(project.id, input.runId);
    if (!run) throw notFound(`run ${input.runId} in project ${project.name}`);
    return { runId: run.id, spec: null, lastN: null };
  }
  try {
    return { runId: null, spec: normalRuleSpec(input.spec), lastN: null };
  } catch (e) {
    if (e instanceof BaselineSpecError) throw badRequest(`spec: ${e.message}`);
    throw e;
  }
}

export async function deleteBaselineRule(id: string): Promise<void> {
  const db = await database();
  if (!(await db.baselineRules.deleteBaselineRule(id))) throw notFound(`baseline rule ${id}`);
}

/** The rules of the project of run `runId` (the compare page's rule picker); [] for an unknown run. */
export async function baselineRulesOfRun(runId: string): Promise<BaselineRuleView[]> {
  const db = await database();
  const projectId = await db.projects.projectOfRun(runId);
  return projectId === null ? [] : db.baselineRules.listBaselineRules(projectId);
}
