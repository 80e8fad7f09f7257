// Roadmap checklists of a project: phases and items, their links to criteria, verification of items
// by the project's runs (any run, in the order the tests ran), and Markdown export / import.
import 'server-only';
import { database } from '../db/stores';
import type { ItemInput } from '../db/roadmap-store';
import { badRequest, notFound } from './errors';
import { markdownToRoadmap, roadmapToMarkdown } from '../../domain/roadmap/markdown';
import type { ItemVerification, LinkedCriterion } from '../../domain/roadmap/types';
import { startMs, inTestOrder } from '../../domain/roadmap/run-order';
import { verifyItem } from '../../domain/roadmap/verify';
import type { ItemInputBody, ItemPatchBody } from '../schemas/roadmap';
import { evaluateProjectNow, getProjectOrThrow } from './criteria-service';
import { changedProjects } from './read-cache';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';

/** `evaluated`: the project's sets and evaluation when the caller has them already. */
export async function getRoadmapView(
  projectIdOrName: string,
  evaluated?: Awaited<ReturnType<typeof evaluateProjectNow>>,
): Promise<RoadmapView> {
  const project = await getProjectOrThrow(projectIdOrName);
  const db = await database();
  const [roadmap, { sets, evaluation }] = await Promise.all([
    db.roadmap.getRoadmap(project.id),
    evaluated ?? evaluateProjectNow(project.id),
  ]);
  const linked = new Set(roadmap.phases.flatMap((p) => p.items.flatMap((i) => i.criterionIds)));
  const criteria: Record<string, LinkedCriterion> = {};
  for (const set of sets)
    for (const c of set.criteria) if (linked.has(c.id)) criteria[c.id] = { ...c, setId: set.id, setName: set.name };
  const verification: Record<string, ItemVerification> = {};
  const runs = inTestOrder(evaluation.runs);
  for (const item of roadmap.phases.flatMap((p) => p.items)) {
    verification[item.id] = verifyItem(item, runs, evaluation.resultsByRun);
  }
  const runsWithoutStartTime = runs.filter((r) => startMs(r.startTime) === null).length;
  return { projectId: project.id, roadmap, verification, criteria, runsWithoutStartTime };
}

export async function exportRoadmapMarkdown(
  projectIdOrName: string,
  runUrl?: (runId: string) => string,
): Promise<string> {
  const view = await getRoadmapView(projectIdOrName);
  return roadmapToMarkdown(view.roadmap, {
    verification: new Map(Object.entries(view.verification)),
    ...(runUrl ? { runUrl } : {}),
  });
}

/** Adds (or, with "replace", puts instead of every phase) the phases of a Markdown task list. */
export async function importRoadmapMarkdown(
  projectIdOrName: string,
  markdown: string,
  mode: 'append' | 'replace',
): Promise<{ phases: number; items: number }> {
  const project = await getProjectOrThrow(projectIdOrName);
  changedProjects(project.id);
  const draft = markdownToRoadmap(markdown);
  const db = await database();
  await db.roadmap.importRoadmap(project.id, draft, mode);
  return { phases: draft.phases.length, items: draft.phases.reduce((n, p) => n + p.items.length, 0) };
}

export async function addPhase(projectIdOrName: string, title: string, notes: string | null): Promise<string> {
  const project = await getProjectOrThrow(projectIdOrName);
  changedProjects(project.id);
  const db = await database();
  return db.roadmap.createPhase(project.id, title, notes);
}

/**
 * Adds a phase with its items unless the project has a phase titled so (null then): looked up and created in
 * one transaction (roadmap-store createPhaseOnce), so concurrent callers add it once. Item criteria must be
 * the project's (400 otherwise).
 */
export async function addPhaseOnce(
  projectIdOrName: string,
  phase: { title: string; notes: string | null; items: ItemInput[] },
): Promise<string | null> {
  const project = await getProjectOrThrow(projectIdOrName);
  changedProjects(project.id);
  await checkCriteriaOfProject(
    project.id,
    phase.items.flatMap((i) => i.criterionIds ?? []),
  );
  const db = await database();
  return db.roadmap.createPhaseOnce(project.id, phase);
}

export async function editPhase(
  id: string,
  patch: { title?: string; notes?: string | null; position?: number },
): Promise<void> {
  const db = await database();
  const { position, ...fields } = patch;
  const projectId = await db.roadmap.phaseProject(id);
  if (!projectId) throw notFound(`roadmap phase ${id}`);
  changedProjects(projectId);
  if (fields.title !== undefined || fields.notes !== undefined) await db.roadmap.updatePhase(id, fields);
  if (position !== undefined) await db.roadmap.movePhase(id, position);
}

export async function removePhase(id: string): Promise<void> {
  const db = await database();
  const projectId = await db.roadmap.phaseProject(id);
  if (projectId) changedProjects(projectId);
  if (!projectId || !(await db.roadmap.deletePhase(id))) throw notFound(`roadmap phase ${id}`);
}

/** Checks that every criterion id belongs to a set of the project. */
async function checkCriteriaOfProject(projectId: string, criterionIds: string[]): Promise<void> {
  if (criterionIds.length === 0) return;
  const db = await database();
  const sets = await db.criteria.listCriteriaSets(projectId);
  const own = new Set(sets.flatMap((s) => s.criteria.map((c) => c.id)));
  const foreign = criterionIds.filter((id) => !own.has(id));
  if (foreign.length > 0) throw badRequest(`criteria not in this project: ${foreign.join(', ')}`);
}

export async function addItem(phaseId: string, input: ItemInputBody): Promise<string> {
  const db = await database();
  const projectId = await db.roadmap.phaseProject(phaseId);
  if (!projectId) throw notFound(`roadmap phase ${phaseId}`);
  changedProjects(projectId);
  await checkCriteriaOfProject(projectId, input.criterionIds);
  const { newCriteria, ...item } = input;
  const created = await db.roadmap.createItemWithNewCriteria(projectId, phaseId, item, newCriteria);
  if (!created.ok) throw badRequest(`criteria set ${created.foreignSetId} is not in this project`);
  return created.id;
}

/** Everything is checked before anything is written: a refused PATCH changes nothing. */
export async function editItem(id: string, patch: ItemPatchBody): Promise<void> {
  const db = await database();
  const projectId = await db.roadmap.itemProject(id);
  if (!projectId) throw notFound(`roadmap item ${id}`);
  changedProjects(projectId);
  const { phaseId, position, ...fields } = patch;
  if (fields.criterionIds) await checkCriteriaOfProject(projectId, fields.criterionIds);
  const move = phaseId !== undefined || position !== undefined;
  const target = phaseId ?? (await currentPhase(id));
  if (move && (await db.roadmap.phaseProject(target)) !== projectId)
    throw badRequest(`phase ${target} is not in this item's project`);
  await db.roadmap.updateItem(id, fields);
  if (move) await db.roadmap.moveItem(id, target, position ?? Number.MAX_SAFE_INTEGER);
}

async function currentPhase(itemId: string): Promise<string> {
  const db = await database();
  const roadmapItem = await db.roadmap.itemPhase(itemId);
  if (!roadmapItem) throw notFound(`roadmap item ${itemId}`);
  return roadmapItem;
}

export async function removeItem(id: string): Promise<void> {
  const db = await database();
  const projectId = await db.roadmap.itemProject(id);
  if (projectId) changedProjects(projectId);
  if (!projectId || !(await db.roadmap.deleteItem(id))) throw notFound(`roadmap item ${id}`);
}
