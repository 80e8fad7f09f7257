// Criteria sets and their criteria. Updating a set keeps the ids of criteria sent back with their
// id (so roadmap links survive edits) and deletes those left out (their links go with them).
import { newId } from '../../domain/ids';
import { normaliseAppliesTo } from '../../domain/criteria/applies-to';
import type {
  AppliesTo,
  CriteriaSetInput,
  Criterion,
  StoredCriteriaSet,
  StoredCriterion,
} from '../../domain/criteria/types';
import { readJson } from './json-columns';
import type { Db } from './client';
import { Prisma } from './generated/sqlite/client';
import { readChoice } from './text-columns';

/** The applies_to column's value: JSON, or SQL NULL for every run (both clients share Prisma's runtime). */
export function appliesToData(a: AppliesTo | null | undefined): Prisma.InputJsonObject | typeof Prisma.DbNull {
  const n = normaliseAppliesTo(a);
  return n ? { ...n } : Prisma.DbNull;
}

const INCLUDE = { criteria: { orderBy: { position: 'asc' } } } as const;
type SetRow = Awaited<ReturnType<Db['criteriaSet']['findFirstOrThrow']>> & {
  criteria: Awaited<ReturnType<Db['criterion']['findFirstOrThrow']>>[];
};

function toCriterion(c: SetRow['criteria'][number]): StoredCriterion {
  return {
    id: c.id,
    metric: c.metric,
    scope: c.scope,
    op: readChoice('criterion.op', c.id, c.op),
    target: c.target,
    ...(c.relative === 'baseline' ? { relative: 'baseline' as const } : {}),
    ...(c.floorMs !== null ? { floorMs: c.floorMs } : {}),
    ...(c.minRequests !== null ? { minRequests: c.minRequests } : {}),
    ...(c.severity === 'should' ? { severity: 'should' as const } : {}),
  };
}

function toSet(r: SetRow): StoredCriteriaSet {
  return {
    id: r.id,
    projectId: r.projectId,
    name: r.name,
    description: r.description,
    baselineRunId: r.baselineRunId,
    criteria: r.criteria.map(toCriterion),
    appliesTo: normaliseAppliesTo(readJson('criteria_set.applies_to', r.id, r.appliesTo ?? null)),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const criterionData = (c: Criterion, position: number) => ({
  position,
  metric: c.metric,
  scope: c.scope,
  op: c.op,
  target: c.target,
  relative: c.relative ?? null,
  floorMs: c.floorMs ?? null,
  minRequests: c.minRequests ?? null,
  severity: c.severity ?? 'must',
});

export async function listCriteriaSets(db: Db, projectId: string): Promise<StoredCriteriaSet[]> {
  const rows = await db.criteriaSet.findMany({
    where: { projectId },
    include: INCLUDE,
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toSet);
}

export async function getCriteriaSet(db: Db, id: string): Promise<StoredCriteriaSet | null> {
  const row = await db.criteriaSet.findUnique({ where: { id }, include: INCLUDE });
  return row ? toSet(row) : null;
}

export async function findCriteriaSetByName(
  db: Db,
  projectId: string,
  name: string,
): Promise<StoredCriteriaSet | null> {
  const row = await db.criteriaSet.findUnique({ where: { projectId_name: { projectId, name } }, include: INCLUDE });
  return row ? toSet(row) : null;
}

export async function createCriteriaSet(
  db: Db,
  projectId: string,
  input: CriteriaSetInput,
): Promise<StoredCriteriaSet> {
  return db.$transaction(async (tx) => {
    const position = await tx.criteriaSet.count({ where: { projectId } });
    const id = newId('crs');
    const { name, description, baselineRunId } = input;
    const appliesTo = appliesToData(input.appliesTo);
    await tx.criteriaSet.create({ data: { id, projectId, name, description, baselineRunId, appliesTo, position } });
    await tx.criterion.createMany({
      data: input.criteria.map((c, i) => ({ id: newId('crt'), setId: id, ...criterionData(c, i) })),
    });
    return toSet(await tx.criteriaSet.findUniqueOrThrow({ where: { id }, include: INCLUDE }));
  });
}

/** Replaces a set's fields and criteria; null when the set does not exist. Ids not of this set are new criteria. */
export async function updateCriteriaSet(
  db: Db,
  id: string,
  input: CriteriaSetInput,
): Promise<StoredCriteriaSet | null> {
  return db.$transaction(async (tx) => {
    const found = await tx.criteriaSet.findUnique({ where: { id }, include: { criteria: { select: { id: true } } } });
    if (!found) return null;
    const own = new Set(found.criteria.map((c) => c.id));
    const kept = new Set(input.criteria.flatMap((c) => (c.id && own.has(c.id) ? [c.id] : [])));
    const { name, description, baselineRunId } = input;
    const appliesTo = appliesToData(input.appliesTo);
    await tx.criteriaSet.update({ where: { id }, data: { name, description, baselineRunId, appliesTo } });
    await tx.criterion.deleteMany({ where: { setId: id, id: { notIn: [...kept] } } });
    for (const [i, { id: cid, ...c }] of input.criteria.entries()) {
      if (cid && kept.has(cid)) await tx.criterion.update({ where: { id: cid }, data: criterionData(c, i) });
      else await tx.criterion.create({ data: { id: newId('crt'), setId: id, ...criterionData(c, i) } });
    }
    return toSet(await tx.criteriaSet.findUniqueOrThrow({ where: { id }, include: INCLUDE }));
  });
}

/** Appends one criterion to a set; returns its id. */
export async function addCriterion(db: Db, setId: string, criterion: Criterion): Promise<string> {
  const position = await db.criterion.count({ where: { setId } });
  const id = newId('crt');
  await db.criterion.create({ data: { id, setId, ...criterionData(criterion, position) } });
  return id;
}

export async function deleteCriteriaSet(db: Db, id: string): Promise<boolean> {
  const { count } = await db.criteriaSet.deleteMany({ where: { id } });
  return count > 0;
}
