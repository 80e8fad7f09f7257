// A planned retest stored in one transaction: the criteria set, the phase (new or existing) and the
// items linked to the set's criteria by index. All of it or nothing.
import { newId } from '../../domain/ids';
import type { CriteriaSetInput, Criterion } from '../../domain/criteria/types';
import type { RoadmapItemDraft } from '../../domain/roadmap/types';
import type { Db } from './client';
import { appliesToData } from './criteria-store';

export interface RetestPlanRecord {
  set: Omit<CriteriaSetInput, 'criteria'> & { criteria: Criterion[] };
  /** An existing phase of the project, or the title of a new one; null without items. */
  phase: { id: string } | { title: string } | null;
  /** Each item with the index of its criterion in set.criteria. */
  items: { item: RoadmapItemDraft; criterionIndex: number }[];
}

/** Ids created; null when the named phase is not in the project. */
export async function createRetestPlan(
  db: Db,
  projectId: string,
  plan: RetestPlanRecord,
): Promise<{ setId: string; phaseId: string | null; itemIds: string[] } | null> {
  return db.$transaction(async (tx) => {
    let phaseId: string | null = null;
    if (plan.phase && 'id' in plan.phase) {
      const phase = await tx.roadmapPhase.findUnique({ where: { id: plan.phase.id }, select: { projectId: true } });
      if (phase?.projectId !== projectId) return null;
      phaseId = plan.phase.id;
    }
    const setId = newId('crs');
    const criterionIds = plan.set.criteria.map(() => newId('crt'));
    const { criteria, appliesTo, ...fields } = plan.set;
    const position = await tx.criteriaSet.count({ where: { projectId } });
    const data = { id: setId, projectId, ...fields, appliesTo: appliesToData(appliesTo), position };
    await tx.criteriaSet.create({ data });
    await tx.criterion.createMany({
      data: criteria.map((c, i) => ({
        id: criterionIds[i]!,
        setId,
        position: i,
        metric: c.metric,
        scope: c.scope,
        op: c.op,
        target: c.target,
        relative: c.relative ?? null,
        floorMs: c.floorMs ?? null,
        minRequests: c.minRequests ?? null,
        severity: c.severity ?? 'must',
      })),
    });
    if (plan.phase && 'title' in plan.phase && plan.items.length > 0) {
      phaseId = newId('phs');
      await tx.roadmapPhase.create({
        data: {
          id: phaseId,
          projectId,
          title: plan.phase.title,
          notes: null,
          position: await tx.roadmapPhase.count({ where: { projectId } }),
        },
      });
    }
    const itemIds = plan.items.map(() => newId('itm'));
    if (phaseId && plan.items.length > 0) {
      const start = await tx.roadmapItem.count({ where: { phaseId } });
      await tx.roadmapItem.createMany({
        data: plan.items.map(({ item }, i) => ({ id: itemIds[i]!, phaseId: phaseId!, position: start + i, ...item })),
      });
      await tx.roadmapItemCriterion.createMany({
        data: plan.items.map(({ criterionIndex }, i) => ({
          itemId: itemIds[i]!,
          criterionId: criterionIds[criterionIndex]!,
        })),
      });
    }
    return { setId, phaseId, itemIds: phaseId ? itemIds : [] };
  });
}
