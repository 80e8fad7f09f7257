// Shared by the fault tests: empty PostgreSQL databases, and row counts of every table.
import pg from 'pg';
import { POSTGRES_ADMIN_URL } from '../support/databases';

/** A new, empty (unmigrated) PostgreSQL database: the app migrates it on first use. */
export async function createEmptyPgDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `swarmlens_fault_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${e instanceof Error ? e.message : e}); the fault tests need it: start it or set SWARMLENS_TEST_POSTGRES_URL`);
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Rows in every table of PostgreSQL database `db` (a direct connection, not through any proxy). */
export async function countAllTables(db: string): Promise<Record<string, number>> {
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${db}`;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    const { rows } = await c.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
    const counts: Record<string, number> = {};
    for (const { t } of rows) counts[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    return counts;
  } finally {
    await c.end();
  }
}
