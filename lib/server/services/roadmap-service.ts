// Roadmap checklists of a project: phases and items, their links to criteria, verification of items
// by the project's runs (any run, in the order the tests ran), and Markdown export / import.
import 'server-only';
import { getDatabase } from '../db/client';
import { listCriteriaSets } from '../db/criteria-store';
import * as store from '../db/roadmap-store';
import { badRequest, notFound } from './errors';
import { markdownToRoadmap, roadmapToMarkdown } from '../../domain/roadmap/markdown';
import type { ItemVerification, LinkedCriterion } from '../../domain/roadmap/types';
import { startMs, inTestOrder } from '../../domain/roadmap/run-order';
import { verifyItem } from '../../domain/roadmap/verify';
import type { ItemInputBody, ItemPatchBody } from '../schemas/roadmap';
import { evaluateProjectNow, getProjectOrThrow } from './criteria-service';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';


/** `evaluated`: the project's sets and evaluation when the caller has them already. */
export async function getRoadmapView(projectIdOrName: string, evaluated?: Awaited<ReturnType<typeof evaluateProjectNow>>): Promise<RoadmapView> {
  const project = await getProjectOrThrow(projectIdOrName);
  const { prisma } = await getDatabase();
  const [roadmap, { sets, evaluation }] = await Promise.all([store.getRoadmap(prisma, project.id), evaluated ?? evaluateProjectNow(project.id)]);
  const linked = new Set(roadmap.phases.flatMap((p) => p.items.flatMap((i) => i.criterionIds)));
  const criteria: Record<string, LinkedCriterion> = {};
  for (const set of sets) for (const c of set.criteria) if (linked.has(c.id)) criteria[c.id] = { ...c, setId: set.id, setName: set.name };
  const verification: Record<string, ItemVerification> = {};
  const runs = inTestOrder(evaluation.runs);
  for (const item of roadmap.phases.flatMap((p) => p.items)) {
    verification[item.id] = verifyItem(item, runs, evaluation.resultsByRun);
  }
  const runsWithoutStartTime = runs.filter((r) => startMs(r.startTime) === null).length;
  return { projectId: project.id, roadmap, verification, criteria, runsWithoutStartTime };
}

export async function exportRoadmapMarkdown(projectIdOrName: string, runUrl?: (runId: string) => string): Promise<string> {
  const view = await getRoadmapView(projectIdOrName);
  return roadmapToMarkdown(view.roadmap, { verification: new Map(Object.entries(view.verification)), ...(runUrl ? { runUrl } : {}) });
}

/** Adds (or, with "replace", puts instead of every phase) the phases of a Markdown task list. */
export async function importRoadmapMarkdown(projectIdOrName: string, markdown: string, mode: 'append' | 'replace'): Promise<{ phases: number; items: number }> {
  const project = await getProjectOrThrow(projectIdOrName);
  const draft = markdownToRoadmap(markdown);
  const { prisma } = await getDatabase();
  await store.importRoadmap(prisma, project.id, draft, mode);
  return { phases: draft.phases.length, items: draft.phases.reduce((n, p) => n + p.items.length, 0) };
}

export async function addPhase(projectIdOrName: string, title: string, notes: string | null): Promise<string> {
  const project = await getProjectOrThrow(projectIdOrName);
  const { prisma } = await getDatabase();
  return store.createPhase(prisma, project.id, title, notes);
}

/**
 * Adds a phase with its items unless the project has a phase titled so (null then): looked up and created in
 * one transaction (roadmap-store createPhaseOnce), so concurrent callers add it once. Item criteria must be
 * the project's (400 otherwise).
 */
export async function addPhaseOnce(
  projectIdOrName: string, phase: { title: string; notes: string | null; items: store.ItemInput[] },
): Promise<string | null> {
  const project = await getProjectOrThrow(projectIdOrName);
  await checkCriteriaOfProject(project.id, phase.items.flatMap((i) => i.criterionIds ?? []));
  const { prisma } = await getDatabase();
  return store.createPhaseOnce(prisma, project.id, phase);
}

export async function editPhase(id: string, patch: { title?: string; notes?: string | null; position?: number }): Promise<void> {
  const { prisma } = await getDatabase();
  const { position, ...fields } = patch;
  if (!(await store.phaseProject(prisma, id))) throw notFound(`roadmap phase ${id}`);
  if (fields.title !== undefined || fields.notes !== undefined) await store.updatePhase(prisma, id, fields);
  if (position !== undefined) await store.movePhase(prisma, id, position);
}

export async function removePhase(id: string): Promise<void> {
  const { prisma } = await getDatabase();
  if (!(await store.deletePhase(prisma, id))) throw notFound(`roadmap phase ${id}`);
}

/** Checks that every criterion id belongs to a set of the project. */
async function checkCriteriaOfProject(projectId: string, criterionIds: string[]): Promise<void> {
  if (criterionIds.length === 0) return;
  const { prisma } = await getDatabase();
  const sets = await listCriteriaSets(prisma, projectId);
  const own = new Set(sets.flatMap((s) => s.criteria.map((c) => c.id)));
  const foreign = criterionIds.filter((id) => !own.has(id));
  if (foreign.length > 0) throw badRequest(`criteria not in this project: ${foreign.join(', ')}`);
}

export async function addItem(phaseId: string, input: ItemInputBody): Promise<string> {
  const { prisma } = await getDatabase();
  const projectId = await store.phaseProject(prisma, phaseId);
  if (!projectId) throw notFound(`roadmap phase ${phaseId}`);
  await checkCriteriaOfProject(projectId, input.criterionIds);
  const { newCriteria, ...item } = input;
  const created = await store.createItemWithNewCriteria(prisma, projectId, phaseId, item, newCriteria);
  if (!created.ok) throw badRequest(`criteria set ${created.foreignSetId} is not in this project`);
  return created.id;
}

/** Everything is checked before anything is written: a refused PATCH changes nothing. */
export async function editItem(id: string, patch: ItemPatchBody): Promise<void> {
  const { prisma } = await getDatabase();
  const projectId = await store.itemProject(prisma, id);
  if (!projectId) throw notFound(`roadmap item ${id}`);
  const { phaseId, position, ...fields } = patch;
  if (fields.criterionIds) await checkCriteriaOfProject(projectId, fields.criterionIds);
  const move = phaseId !== undefined || position !== undefined;
  const target = phaseId ?? (await currentPhase(id));
  if (move && (await store.phaseProject(prisma, target)) !== projectId) throw badRequest(`phase ${target} is not in this item's project`);
  await store.updateItem(prisma, id, fields);
  if (move) await store.moveItem(prisma, id, target, position ?? Number.MAX_SAFE_INTEGER);
}

async function currentPhase(itemId: string): Promise<string> {
  const { prisma } = await getDatabase();
  const roadmapItem = await store.itemPhase(prisma, itemId);
  if (!roadmapItem) throw notFound(`roadmap item ${itemId}`);
  return roadmapItem;
}

export async function removeItem(id: string): Promise<void> {
  const { prisma } = await getDatabase();
  if (!(await store.deleteItem(prisma, id))) throw notFound(`roadmap item ${id}`);
}
