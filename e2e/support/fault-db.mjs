// Databases for the fault tests: empty PostgreSQL databases (the app migrates them on first
// use), row counts of every table, SQLite's integrity check, and "is an upload mid-transaction".
import Database from 'better-sqlite3';
import pg from 'pg';

export const POSTGRES_ADMIN_URL =
  process.env.SWARMLENS_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function adminClient() {
  const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${e.message}); the fault tests need it: ` +
        'start it or set SWARMLENS_TEST_POSTGRES_URL',
    );
  }
  return c;
}

export async function createEmptyPgDatabase() {
  const name = `swarmlens_fault_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await adminClient();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    async drop() {
      const c = await adminClient();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Rows in every table of PostgreSQL database `name` (a direct connection, never through a proxy). */
export async function countPgTables(name) {
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${name}`;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    const { rows } = await c.query(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' " +
        "AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const counts = {};
    for (const { t } of rows) counts[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    return counts;
  } finally {
    await c.end();
  }
}

/** Rows in every table of a SQLite file, and its integrity check ('ok' when intact). */
export function inspectSqlite(path) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
      .all();
    const counts = Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(`SELECT count(*) AS n FROM "${name}"`).get().n]),
    );
    return { counts, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

/** Tables that hold stored data (the migration history and the revision counter aside). */
export const dataTables = (counts) =>
  Object.fromEntries(Object.entries(counts).filter(([t]) => t !== '_prisma_migrations' && t !== 'data_revision'));

/** Resolves once `isWriting()` is true (polled every 2 ms), or fails after `timeoutMs`. */
export async function whenWriting(isWriting, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await isWriting()) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`no write transaction seen within ${timeoutMs} ms`);
}

/** SQLite: another connection holds the write lock (an upload's transaction is open). */
export function sqliteWriter(path) {
  const db = new Database(path, { timeout: 0 });
  return {
    isWriting() {
      try {
        db.exec('BEGIN IMMEDIATE');
        db.exec('ROLLBACK');
        return false;
      } catch (e) {
        if (e.code === 'SQLITE_BUSY') return true;
        throw e;
      }
    },
    close: () => db.close(),
  };
}

/** PostgreSQL: a backend of database `name` is inside a transaction that has written. */
export async function pgWriter(name) {
  const admin = await adminClient();
  return {
    async isWriting() {
      const { rows } = await admin.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL',
        [name],
      );
      return rows[0].n > 0;
    },
    close: () => admin.end(),
  };
}
