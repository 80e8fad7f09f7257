// Success criteria: checking a run against a posted set, stored sets per project, the evaluation of
// every run of a project, and signed-off verdicts.
import 'server-only';
import { cachedRead, changedProjects } from './read-cache';
import { database } from '../db/stores';
import type { CriteriaSetInput } from '../../domain/criteria/types';
import type { ProjectInfo } from '../../domain/shapes/project';
import { linkCriteria } from '../../domain/criteria/match';
import type { RetestPlanBody } from '../schemas/roadmap';
import { outOfScopeReason } from '../../domain/criteria/applies-to';
import { checkRun, type OutOfScopeVerdict } from '../../domain/criteria/check';
import { evaluateCriteria } from '../../domain/criteria/evaluate';
import { evaluateProject, type ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type {
  CriteriaSet,
  Criterion,
  SignOffRecord,
  StoredCriteriaSet,
  Verdict,
  VerdictName,
} from '../../domain/criteria/types';
import type { ParsedRun } from '../../domain/locust/types';
import { badRequest, conflict, notFound } from './errors';
import { getStoredRunOrThrow } from './runs-service';

/** The verdict JSON, or `verdict: null` with `outOfScope` when the set's appliesTo leaves the run out. */
export async function checkStoredRun(
  id: string,
  set: CriteriaSet,
  baselineId: string | null,
): Promise<Verdict | OutOfScopeVerdict> {
  const [stored, baseline] = await Promise.all([
    getStoredRunOrThrow(id),
    baselineId ? getStoredRunOrThrow(baselineId) : null,
  ]);
  const { label, userCount, tags } = stored.summary;
  return checkRun(set, stored.run, baseline?.run ?? null, { label, userCount, tags });
}

export async function getProjectOrThrow(idOrName: string): Promise<ProjectInfo> {
  const db = await database();
  const project = await db.projects.getProject(idOrName);
  if (!project) throw notFound(`project ${idOrName}`);
  return project;
}

export async function listProjectCriteriaSets(projectIdOrName: string): Promise<StoredCriteriaSet[]> {
  const project = await getProjectOrThrow(projectIdOrName);
  const db = await database();
  return db.criteria.listCriteriaSets(project.id);
}

export async function getCriteriaSetOrThrow(id: string): Promise<StoredCriteriaSet> {
  const db = await database();
  const set = await db.criteria.getCriteriaSet(id);
  if (!set) throw notFound(`criteria set ${id}`);
  return set;
}

async function checkBaseline(baselineRunId: string | null): Promise<void> {
  if (!baselineRunId) return;
  const db = await database();
  if (!(await db.projects.loadRunForCriteria(baselineRunId)))
    throw badRequest(`baseline run ${baselineRunId} not found`);
}

async function checkNameFree(projectId: string, name: string, exceptId: string | null): Promise<void> {
  const db = await database();
  const clash = (await db.criteria.listCriteriaSets(projectId)).find((s) => s.name === name && s.id !== exceptId);
  if (clash) throw conflict(`the project already has a criteria set named "${name}"`);
}

export async function saveNewCriteriaSet(projectIdOrName: string, input: CriteriaSetInput): Promise<StoredCriteriaSet> {
  const project = await getProjectOrThrow(projectIdOrName);
  await Promise.all([checkBaseline(input.baselineRunId), checkNameFree(project.id, input.name, null)]);
  const db = await database();
  changedProjects(project.id);
  return db.criteria.createCriteriaSet(project.id, input);
}

export async function saveCriteriaSet(id: string, input: CriteriaSetInput): Promise<StoredCriteriaSet> {
  const existing = await getCriteriaSetOrThrow(id);
  await Promise.all([checkBaseline(input.baselineRunId), checkNameFree(existing.projectId, input.name, id)]);
  const db = await database();
  changedProjects(existing.projectId);
  const saved = await db.criteria.updateCriteriaSet(id, input);
  if (!saved) throw notFound(`criteria set ${id}`);
  return saved;
}

export async function removeCriteriaSet(id: string): Promise<void> {
  changedProjects((await getCriteriaSetOrThrow(id)).projectId);
  const db = await database();
  if (!(await db.criteria.deleteCriteriaSet(id))) throw notFound(`criteria set ${id}`);
}

/** Every run of the project against every set, with the sets as evaluated. */
/** Every run of the project against every criteria set (cached per data revision: read-only). */
export async function evaluateProjectNow(
  projectId: string,
): Promise<{ sets: StoredCriteriaSet[]; evaluation: ProjectEvaluation }> {
  return cachedRead(`project-evaluation:${projectId}`, { project: projectId }, () =>
    evaluateProjectUncached(projectId),
  );
}

async function evaluateProjectUncached(
  projectId: string,
): Promise<{ sets: StoredCriteriaSet[]; evaluation: ProjectEvaluation }> {
  const db = await database();
  const [sets, runs] = await Promise.all([
    db.criteria.listCriteriaSets(projectId),
    db.projects.loadProjectRunsForCriteria(projectId),
  ]);
  const inProject = new Set(runs.map((r) => r.id));
  const outside = [
    ...new Set(sets.flatMap((s) => (s.baselineRunId && !inProject.has(s.baselineRunId) ? [s.baselineRunId] : []))),
  ];
  const baselines = new Map<string, ParsedRun>();
  for (const id of outside) {
    const run = await db.projects.loadRunForCriteria(id);
    if (run) baselines.set(id, run.run);
  }
  return { sets, evaluation: evaluateProject(runs, sets, baselines) };
}

/** The set's verdict on the run, or `verdict: null` with `outOfScope` when the set does not apply to it. */
export async function evaluateSetOnRun(setId: string, runId: string): Promise<Verdict | OutOfScopeVerdict> {
  const set = await getCriteriaSetOrThrow(setId);
  const db = await database();
  const [run, baseline] = await Promise.all([
    db.projects.loadRunForCriteria(runId),
    set.baselineRunId ? db.projects.loadRunForCriteria(set.baselineRunId) : null,
  ]);
  if (!run) throw notFound(`run ${runId}`);
  return checkRun(set, run.run, baseline?.run ?? null, { ...run, tags: run.tags ?? [] });
}

export interface SignOffInputData {
  runId: string;
  decision: VerdictName;
  decidedBy: string;
  note: string | null;
}

/** Evaluates the set on the run now and records the decision with that evaluation. */
export async function signOffVerdict(setId: string, input: SignOffInputData): Promise<SignOffRecord> {
  const set = await getCriteriaSetOrThrow(setId);
  const db = await database();
  const run = await db.projects.loadRunForCriteria(input.runId);
  if (!run) throw notFound(`run ${input.runId}`);
  if ((await db.projects.projectOfRun(run.id)) !== set.projectId)
    throw badRequest(`run ${run.id} is not in the project of criteria set ${set.name}`);
  const outOfScope = outOfScopeReason(set, { ...run, tags: run.tags ?? [] });
  if (outOfScope) throw badRequest(`${outOfScope}: the set gives no verdict on it to sign off`);
  const baseline = set.baselineRunId ? await db.projects.loadRunForCriteria(set.baselineRunId) : null;
  const results = evaluateCriteria(set, run.run, baseline?.run ?? null);
  if (input.decision !== results.verdict && !input.note)
    throw badRequest(`the evaluation says ${results.verdict}: a note must say why the decision is ${input.decision}`);
  changedProjects(set.projectId);
  return db.signOffs.createSignOff({
    ...input,
    projectId: set.projectId,
    setId,
    runId: run.id,
    setName: set.name,
    runLabel: run.label,
    results,
  });
}

export async function listProjectSignOffs(projectIdOrName: string): Promise<SignOffRecord[]> {
  const project = await getProjectOrThrow(projectIdOrName);
  const db = await database();
  return db.signOffs.listSignOffs(project.id);
}

/**
 * Saves a planned retest at once: the set (names must be free), and the items, each linked to the
 * set's criterion that matches its proposed one (lib/domain/criteria/match.ts), added to the set if none does.
 */
export async function saveRetestPlan(
  projectIdOrName: string,
  plan: RetestPlanBody,
): Promise<{ set: StoredCriteriaSet; phaseId: string | null; itemIds: string[] }> {
  const project = await getProjectOrThrow(projectIdOrName);
  await Promise.all([checkBaseline(plan.set.baselineRunId), checkNameFree(project.id, plan.set.name, null)]);
  const { criteria, indexes } = linkCriteria(
    plan.set.criteria.map(({ id: _id, ...c }) => c as Criterion),
    plan.items.map((i) => i.criterion as Criterion),
  );
  const items = plan.items.map(({ criterion: _c, ...item }, i) => ({ item, criterionIndex: indexes[i]! }));
  const db = await database();
  const saved = await db.criteria.createRetestPlan(project.id, {
    set: { ...plan.set, criteria },
    phase: plan.phase,
    items,
  });
  if (!saved) throw badRequest('the phase is not in this project');
  return { set: await getCriteriaSetOrThrow(saved.setId), phaseId: saved.phaseId, itemIds: saved.itemIds };
}
