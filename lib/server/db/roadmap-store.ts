// Roadmap phases and items. Positions are 0..n-1 within a project (phases) or phase (items);
// every write that moves or removes rows renumbers the affected list in the same transaction.
import { newId } from '../../domain/ids';
import type { Criterion } from '../../domain/criteria/types';
import type { Roadmap, RoadmapDraft, RoadmapItem, RoadmapItemDraft } from '../../domain/roadmap/types';
import type { Db } from './client';
import { readChoice } from './text-columns';

type ItemRow = Awaited<ReturnType<Db['roadmapItem']['findFirstOrThrow']>> & { criteria: { criterionId: string }[] };

function toItem(r: ItemRow): RoadmapItem {
  return {
    id: r.id,
    priority: readChoice('roadmap_item.priority', r.id, r.priority),
    title: r.title,
    problem: r.problem,
    expectedImpact: r.expectedImpact,
    owner: r.owner,
    status: readChoice('roadmap_item.status', r.id, r.status),
    notes: r.notes,
    criterionIds: r.criteria.map((c) => c.criterionId).sort(),
    createdAt: r.createdAt.toISOString(),
  };
}

const ITEMS = {
  items: { orderBy: { position: 'asc' }, include: { criteria: { select: { criterionId: true } } } },
} as const;

export async function getRoadmap(db: Db, projectId: string): Promise<Roadmap> {
  const phases = await db.roadmapPhase.findMany({ where: { projectId }, orderBy: { position: 'asc' }, include: ITEMS });
  return { phases: phases.map((p) => ({ id: p.id, title: p.title, notes: p.notes, items: p.items.map(toItem) })) };
}

export async function phaseProject(db: Db, phaseId: string): Promise<string | null> {
  return (await db.roadmapPhase.findUnique({ where: { id: phaseId }, select: { projectId: true } }))?.projectId ?? null;
}

export async function itemProject(db: Db, itemId: string): Promise<string | null> {
  const row = await db.roadmapItem.findUnique({
    where: { id: itemId },
    select: { phase: { select: { projectId: true } } },
  });
  return row?.phase.projectId ?? null;
}

/** An item's project and linked criteria (sorted ids), or null when there is no such item. */
export async function itemLinks(
  db: Db,
  itemId: string,
): Promise<{ projectId: string; title: string; criterionIds: string[] } | null> {
  const row = await db.roadmapItem.findUnique({
    where: { id: itemId },
    select: { title: true, phase: { select: { projectId: true } }, criteria: { select: { criterionId: true } } },
  });
  if (!row) return null;
  const criterionIds = row.criteria.map((c) => c.criterionId).sort();
  return { projectId: row.phase.projectId, title: row.title, criterionIds };
}

export async function createPhase(db: Db, projectId: string, title: string, notes: string | null): Promise<string> {
  const id = newId('phs');
  const position = await db.roadmapPhase.count({ where: { projectId } });
  await db.roadmapPhase.create({ data: { id, projectId, title, notes, position } });
  return id;
}

/**
 * A phase titled `phase.title` with its items, unless the project has a phase of that title (null then). One
 * transaction that first locks the project's row (PostgreSQL: a row lock held to the commit; SQLite: the write
 * lock) before it looks: callers racing each other (two requests, two server instances) create it once.
 */
export async function createPhaseOnce(
  db: Db,
  projectId: string,
  phase: { title: string; notes: string | null; items: ItemInput[] },
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "project" SET "name" = "name" WHERE "id" = ${projectId}`;
    const there = await tx.roadmapPhase.findFirst({ where: { projectId, title: phase.title }, select: { id: true } });
    if (there) return null;
    const id = newId('phs');
    const position = await tx.roadmapPhase.count({ where: { projectId } });
    await tx.roadmapPhase.create({ data: { id, projectId, title: phase.title, notes: phase.notes, position } });
    for (const [i, { criterionIds = [], ...fields }] of phase.items.entries()) {
      const itemId = newId('itm');
      await tx.roadmapItem.create({ data: { id: itemId, phaseId: id, position: i, ...fields } });
      const links = [...new Set(criterionIds)].map((criterionId) => ({ itemId, criterionId }));
      await tx.roadmapItemCriterion.createMany({ data: links });
    }
    return id;
  }, PHASE_TX);
}

/** Waiting behind other writers (uploads hold the lock for seconds) is fine for a one-off phase. */
const PHASE_TX = { maxWait: 30_000, timeout: 60_000 };

export async function updatePhase(
  db: Db,
  id: string,
  patch: { title?: string; notes?: string | null },
): Promise<boolean> {
  const { count } = await db.roadmapPhase.updateMany({ where: { id }, data: patch });
  return count > 0;
}

/** Deletes a phase with its items and renumbers the phases after it. */
export async function deletePhase(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const phase = await tx.roadmapPhase.findUnique({ where: { id } });
    if (!phase) return false;
    await tx.roadmapPhase.delete({ where: { id } });
    await tx.roadmapPhase.updateMany({
      where: { projectId: phase.projectId, position: { gt: phase.position } },
      data: { position: { decrement: 1 } },
    });
    return true;
  });
}

/** Moves a phase to `position` (clamped) among its project's phases. */
export async function movePhase(db: Db, id: string, position: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const phase = await tx.roadmapPhase.findUnique({ where: { id } });
    if (!phase) return false;
    const ids = (
      await tx.roadmapPhase.findMany({
        where: { projectId: phase.projectId },
        orderBy: { position: 'asc' },
        select: { id: true },
      })
    ).map((p) => p.id);
    await renumber(
      ids.filter((x) => x !== id),
      id,
      position,
      (pid, i) => tx.roadmapPhase.update({ where: { id: pid }, data: { position: i } }),
    );
    return true;
  });
}

export type ItemInput = RoadmapItemDraft & { criterionIds?: string[] };

export async function createItem(db: Db, phaseId: string, input: ItemInput): Promise<string> {
  return db.$transaction(async (tx) => {
    const id = newId('itm');
    const position = await tx.roadmapItem.count({ where: { phaseId } });
    const { criterionIds = [], ...fields } = input;
    await tx.roadmapItem.create({ data: { id, phaseId, position, ...fields } });
    await tx.roadmapItemCriterion.createMany({
      data: [...new Set(criterionIds)].map((criterionId) => ({ itemId: id, criterionId })),
    });
    return id;
  });
}

export async function updateItem(db: Db, id: string, patch: Partial<ItemInput>): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const found = await tx.roadmapItem.findUnique({ where: { id }, select: { id: true } });
    if (!found) return false;
    const { criterionIds, ...fields } = patch;
    const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(data).length > 0) await tx.roadmapItem.update({ where: { id }, data });
    if (criterionIds) {
      await tx.roadmapItemCriterion.deleteMany({ where: { itemId: id } });
      await tx.roadmapItemCriterion.createMany({
        data: [...new Set(criterionIds)].map((criterionId) => ({ itemId: id, criterionId })),
      });
    }
    return true;
  });
}

export async function deleteItem(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const item = await tx.roadmapItem.findUnique({ where: { id } });
    if (!item) return false;
    await tx.roadmapItem.delete({ where: { id } });
    await tx.roadmapItem.updateMany({
      where: { phaseId: item.phaseId, position: { gt: item.position } },
      data: { position: { decrement: 1 } },
    });
    return true;
  });
}

/** Moves an item to `position` (clamped) in `phaseId` (its own phase or another of the same project). */
export async function moveItem(db: Db, id: string, phaseId: string, position: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const item = await tx.roadmapItem.findUnique({ where: { id } });
    if (!item) return false;
    const siblings = async (pid: string) =>
      (
        await tx.roadmapItem.findMany({ where: { phaseId: pid }, orderBy: { position: 'asc' }, select: { id: true } })
      ).map((r) => r.id);
    if (item.phaseId !== phaseId) {
      const left = (await siblings(item.phaseId)).filter((x) => x !== id);
      for (const [i, iid] of left.entries()) await tx.roadmapItem.update({ where: { id: iid }, data: { position: i } });
    }
    const target = (await siblings(phaseId)).filter((x) => x !== id);
    await renumber(target, id, position, (iid, i) =>
      tx.roadmapItem.update({ where: { id: iid }, data: { position: i, phaseId } }),
    );
    return true;
  });
}

async function renumber(
  others: string[],
  moved: string,
  position: number,
  write: (id: string, i: number) => Promise<unknown>,
): Promise<void> {
  const at = Math.max(0, Math.min(others.length, Math.trunc(position)));
  const order = [...others.slice(0, at), moved, ...others.slice(at)];
  for (const [i, x] of order.entries()) await write(x, i);
}

/** Adds a Markdown-imported draft: phases appended after the existing ones (or replacing them all). */
export async function importRoadmap(
  db: Db,
  projectId: string,
  draft: RoadmapDraft,
  mode: 'append' | 'replace',
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (mode === 'replace') await tx.roadmapPhase.deleteMany({ where: { projectId } });
    let position = await tx.roadmapPhase.count({ where: { projectId } });
    for (const phase of draft.phases) {
      const id = newId('phs');
      await tx.roadmapPhase.create({
        data: { id, projectId, title: phase.title, notes: phase.notes, position: position++ },
      });
      await tx.roadmapItem.createMany({
        data: phase.items.map((item, i) => ({ id: newId('itm'), phaseId: id, position: i, ...item })),
      });
    }
  });
}

export async function itemPhase(db: Db, itemId: string): Promise<string | null> {
  return (await db.roadmapItem.findUnique({ where: { id: itemId }, select: { phaseId: true } }))?.phaseId ?? null;
}

/**
 * An item and the new criteria it links to, in one transaction: each new criterion is added to the
 * set `setId` (which must be of `projectId`) or to the set named `setName` (created when missing).
 */
export async function createItemWithNewCriteria(
  db: Db,
  projectId: string,
  phaseId: string,
  input: ItemInput,
  newCriteria: { setId?: string; setName?: string; criterion: Criterion }[],
): Promise<{ ok: true; id: string } | { ok: false; foreignSetId: string }> {
  try {
    return await insertItemWithNewCriteria(db, projectId, phaseId, input, newCriteria);
  } catch (e) {
    if (e instanceof ForeignSetError) return { ok: false, foreignSetId: e.setId };
    throw e;
  }
}

/** Thrown inside the transaction so that it rolls back (returning would commit). */
class ForeignSetError extends Error {
  constructor(readonly setId: string) {
    super(`criteria set ${setId} is not in this project`);
  }
}

async function insertItemWithNewCriteria(
  db: Db,
  projectId: string,
  phaseId: string,
  input: ItemInput,
  newCriteria: { setId?: string; setName?: string; criterion: Criterion }[],
) {
  return db.$transaction(async (tx) => {
    const linked = [...(input.criterionIds ?? [])];
    for (const { setId, setName, criterion } of newCriteria) {
      let set = setId
        ? await tx.criteriaSet.findUnique({ where: { id: setId } })
        : await tx.criteriaSet.findUnique({ where: { projectId_name: { projectId, name: setName! } } });
      if (setId && set?.projectId !== projectId) throw new ForeignSetError(setId);
      set ??= await tx.criteriaSet.create({
        data: {
          id: newId('crs'),
          projectId,
          name: setName!,
          position: await tx.criteriaSet.count({ where: { projectId } }),
        },
      });
      const id = newId('crt');
      await tx.criterion.create({
        data: {
          id,
          setId: set.id,
          position: await tx.criterion.count({ where: { setId: set.id } }),
          metric: criterion.metric,
          scope: criterion.scope,
          op: criterion.op,
          target: criterion.target,
          relative: criterion.relative ?? null,
          floorMs: criterion.floorMs ?? null,
          minRequests: criterion.minRequests ?? null,
          severity: criterion.severity ?? 'must',
        },
      });
      linked.push(id);
    }
    const id = newId('itm');
    const { criterionIds: _ids, ...fields } = input;
    await tx.roadmapItem.create({
      data: { id, phaseId, position: await tx.roadmapItem.count({ where: { phaseId } }), ...fields },
    });
    await tx.roadmapItemCriterion.createMany({
      data: [...new Set(linked)].map((criterionId) => ({ itemId: id, criterionId })),
    });
    return { ok: true as const, id };
  });
}
