// The data revisions: one counter raised after every change to stored data (any instance), read before a cached
// view of several projects is used (lists), and one per project (project.revision) raised after a change to that
// project's data (or to every project's when a change does not say which), read before a cached view of one
// project or of runs is used. Raw SQL: it runs on every cached read, and needs no query planning.
import { Prisma } from './generated/sqlite/client';
import type { Db } from './client';

export async function readRevision(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ value: number | bigint }[]>`SELECT "value" FROM "data_revision" WHERE "id" = 1`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error('data_revision has no row 1: the database was not migrated');
  return Number(value);
}

export interface ProjectRevision {
  projectId: string;
  revision: number;
}

/** The revision of the project of that id or name (an id first); null when there is none. */
export async function readProjectRevision(db: Db, idOrName: string): Promise<ProjectRevision | null> {
  const rows = await db.$queryRaw<{ id: string; revision: number | bigint }[]>`
    SELECT "id", "revision" FROM "project" WHERE "id" = ${idOrName} OR "name" = ${idOrName}`;
  const row = rows.find((r) => r.id === idOrName) ?? rows[0];
  return row ? { projectId: row.id, revision: Number(row.revision) } : null;
}

/** The revisions of the runs' projects, by project id; null when a run is not stored. */
export async function readRunProjectRevisions(db: Db, runIds: readonly string[]): Promise<ProjectRevision[] | null> {
  if (runIds.length === 0) return [];
  const rows = await db.$queryRaw<{ run_id: string; project_id: string; revision: number | bigint }[]>`
    SELECT r."id" AS "run_id", p."id" AS "project_id", p."revision" FROM "run" r
    JOIN "project" p ON p."id" = r."project_id" WHERE r."id" IN (${Prisma.join([...runIds])})`;
  if (new Set(rows.map((r) => r.run_id)).size < new Set(runIds).size) return null;
  const byProject = new Map(rows.map((r) => [r.project_id, Number(r.revision)]));
  return [...byProject].sort(([a], [b]) => (a < b ? -1 : 1)).map(([projectId, revision]) => ({ projectId, revision }));
}

/** Raises the revision, and that of `projectIds` (null: of every project); every cached view computed at an
 *  older one is then out of date. */
export async function bumpRevision(db: Db, projectIds: readonly string[] | null = null): Promise<void> {
  if (projectIds === null) await db.$executeRaw`UPDATE "project" SET "revision" = "revision" + 1`;
  else if (projectIds.length > 0) {
    const ids = Prisma.join([...projectIds]);
    await db.$executeRaw`UPDATE "project" SET "revision" = "revision" + 1 WHERE "id" IN (${ids})`;
  }
  await db.$executeRaw`UPDATE "data_revision" SET "value" = "value" + 1 WHERE "id" = 1`;
}
