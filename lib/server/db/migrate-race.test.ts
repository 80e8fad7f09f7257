// Two `npm start` workers on a fresh SQLite file both read the pending migrations before either applies them: the
// second must skip what the first applied meanwhile, not fail on "table already exists".
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { freshDatabase } from '../../../test/support/databases';
import { dbConfig, migrationsDir } from './config';
import { applySqlite, readMigrations } from './migrate';

test('migrations read as pending, then applied by another process first: skipped, each recorded once', async () => {
  const t = await freshDatabase('sqlite'); // migrated: as by the first worker
  try {
    const stalePending = readMigrations(migrationsDir('sqlite')); // what the second worker read before
    const db = new Database(dbConfig(t.url).sqlitePath as string);
    try {
      expect(applySqlite(db, stalePending)).toEqual([]);
      const rows = db.prepare('SELECT migration_name FROM "_prisma_migrations"').all() as { migration_name: string }[];
      expect(rows.map((r) => r.migration_name).sort()).toEqual(stalePending.map((m) => m.name));
    } finally {
      db.close();
    }
  } finally {
    await t.drop();
  }
});
