// Applies the SQL migrations of prisma/<provider>/migrations in order, each in a transaction, and
// records them in `_prisma_migrations` as Prisma does (so the real Prisma CLI can read the history).
// Prisma 7's own migrate commands need a schema-engine binary that offline machines cannot fetch.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { migrationsDir, type DbConfig } from './config';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Arbitrary key of the advisory lock that serializes migrations across app instances. */
const PG_LOCK_KEY = 0x5377_6172;

const TABLE_SQL = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL,
    "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`no migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Brings the database up to date; returns the names of the migrations it applied.
 *  `pgConnectTimeoutMs`: give up connecting to PostgreSQL after this long (default: wait). */
export async function migrate(config: DbConfig, pgConnectTimeoutMs?: number): Promise<string[]> {
  const migrations = readMigrations(migrationsDir(config.provider));
  return config.provider === 'sqlite'
    ? migrateSqlite(config.sqlitePath as string, migrations)
    : migratePostgres(config.url, migrations, pgConnectTimeoutMs);
}

function checkApplied(applied: Map<string, string>, migrations: Migration[]): Migration[] {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum !== undefined && sum !== m.checksum) {
      throw new Error(
        `migration ${m.name} was changed after it was applied (checksum differs); add a new migration instead`,
      );
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

function migrateSqlite(path: string, migrations: Migration[]): string[] {
  const db = new Database(path);
  try {
    // Nothing is written when the database is up to date, so a read-only file still opens for reading.
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10000');
    db.exec(TABLE_SQL.sqlite);
    const rows = db
      .prepare('SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL')
      .all() as { migration_name: string; checksum: string }[];
    const pending = checkApplied(new Map(rows.map((r) => [r.migration_name, r.checksum])), migrations);
    return applySqlite(db, pending);
  } finally {
    db.close();
  }
}

/**
 * Applies `pending` (read before any lock: another process may have applied some since, as two `npm start` workers on
 * a fresh file do), each in its own write transaction that first checks it is still unrecorded. Returns the names
 * this call applied.
 */
export function applySqlite(db: Database.Database, pending: Migration[]): string[] {
  const record = db.prepare(
    'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) ' +
      'VALUES (?, ?, ?, ?, ?, 1)',
  );
  const recorded = db.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL');
  const applied: string[] = [];
  for (const m of pending) {
    const started = new Date().toISOString();
    const ran = db
      .transaction(() => {
        if (recorded.get(m.name) !== undefined) return false;
        db.exec(m.sql);
        record.run(randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
        return true;
      })
      .immediate();
    if (ran) applied.push(m.name);
  }
  return applied;
}

async function migratePostgres(url: string, migrations: Migration[], connectTimeoutMs?: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  // A connection lost mid-migration: the pending query fails; without a listener the error event
  // would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PG_LOCK_KEY]);
    await client.query(TABLE_SQL.postgresql);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const pending = checkApplied(new Map(rows.map((r) => [r.migration_name, r.checksum])), migrations);
    for (const m of pending) {
      const started = new Date();
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, ' +
            'applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)',
          [randomUUID(), m.checksum, m.name, started],
        );
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return pending.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PG_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
