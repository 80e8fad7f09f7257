// Fresh, migrated databases for tests: a temporary SQLite file, and a temporary PostgreSQL
// database on the server SWARMLENS_TEST_POSTGRES_URL names (default: local trust auth).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DbProvider } from '../../lib/server/db/config';
import { dbConfig } from '../../lib/server/db/config';
import { openDatabase, type Database } from '../../lib/server/db/client';

export const POSTGRES_ADMIN_URL =
  process.env.SWARMLENS_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(provider: DbProvider): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const url = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-db-')), 'test.db')}`;
    const db = await openDatabase(dbConfig(url));
    return { ...db, url, drop: () => db.prisma.$disconnect() };
  }
  const name = `swarmlens_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${e instanceof Error ? e.message : e}). ` +
        'The database tests need it: install and start PostgreSQL (Debian: apt-get install -y postgresql; ' +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set SWARMLENS_TEST_POSTGRES_URL.',
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = await openDatabase(dbConfig(url));
  return {
    ...db,
    url,
    async drop() {
      await db.prisma.$disconnect();
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
