// The data revision: one counter raised after every change to stored data (any instance), read
// before a cached view is used. Raw SQL: it runs on every cached read, and needs no query planning.
import type { Db } from './client';

export async function readRevision(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ value: number | bigint }[]>`SELECT "value" FROM "data_revision" WHERE "id" = 1`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error('data_revision has no row 1: the database was not migrated');
  return Number(value);
}

/** Raises the revision; every cache computed at an older one is then out of date. */
export async function bumpRevision(db: Db): Promise<void> {
  await db.$executeRaw`UPDATE "data_revision" SET "value" = "value" + 1 WHERE "id" = 1`;
}
