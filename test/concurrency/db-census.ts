// Looks at a test database through a connection of its own (not the app's Prisma client, whose
// SQLite connection could be inside a transaction): rows of every table, orphans, and a trigger
// that makes chosen uploads fail inside their write transaction.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DbProvider } from '../../lib/server/db/config';
import { dbConfig } from '../../lib/server/db/config';
import { FAIL_IN_TRANSACTION } from './storm-uploads';

/** Tables whose rows belong to a run (run_id column, ON DELETE CASCADE). */
export const RUN_CHILD_TABLES = [
  'run_tag',
  'endpoint_stat',
  'failure_row',
  'exception_row',
  'transaction_stat',
  'run_series',
  'run_file',
  'run_figure',
];

/** Not data of the app: Prisma's migration history. */
const IGNORED_TABLES = new Set(['_prisma_migrations']);

async function query<T>(
  provider: DbProvider,
  url: string,
  run: (sql: (text: string) => Promise<T[]>) => Promise<void>,
): Promise<void> {
  if (provider === 'sqlite') {
    const db = new Database(dbConfig(url).sqlitePath!);
    try {
      await run(async (text) => (/^\s*select/i.test(text) ? (db.prepare(text).all() as T[]) : (db.exec(text), [])));
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(async (text) => (await client.query(text)).rows as T[]);
  } finally {
    await client.end();
  }
}

/** Rows in every table of the database (Prisma's migration history aside). */
export async function countEveryTable(provider: DbProvider, url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await query<{ name: string; n: number | string }>(provider, url, async (sql) => {
    const tables = await sql(
      provider === 'sqlite'
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type " +
            "= 'BASE TABLE'",
    );
    for (const { name } of tables) {
      if (IGNORED_TABLES.has(name)) continue;
      counts[name] = Number((await sql(`SELECT count(*) AS n FROM "${name}"`))[0]!.n);
    }
  });
  return counts;
}

/** Rows of run-owned tables whose run does not exist. */
export async function countOrphans(provider: DbProvider, url: string): Promise<Record<string, number>> {
  const orphans: Record<string, number> = {};
  await query<{ n: number | string }>(provider, url, async (sql) => {
    for (const t of RUN_CHILD_TABLES)
      orphans[t] = Number(
        (await sql(`SELECT count(*) AS n FROM "${t}" WHERE "run_id" NOT IN (SELECT "id" FROM "run")`))[0]!.n,
      );
  });
  return orphans;
}

/** Makes the insert of a run_file row named FAIL_IN_TRANSACTION… fail (the last insert of an upload). */
export async function installFailureTrigger(provider: DbProvider, url: string): Promise<void> {
  const message = 'injected failure inside the write transaction';
  await query(provider, url, async (sql) => {
    if (provider === 'sqlite') {
      await sql(`CREATE TRIGGER inject_failure BEFORE INSERT ON run_file WHEN NEW.name LIKE '${FAIL_IN_TRANSACTION}%'
        BEGIN SELECT RAISE(ABORT, '${message}'); END`);
      return;
    }
    await sql(`CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name LIKE '${FAIL_IN_TRANSACTION}%' THEN RAISE EXCEPTION '${message}'; END IF; RETURN NEW; END $$`);
    await sql(`CREATE TRIGGER inject_failure BEFORE INSERT ON run_file FOR EACH ROW EXECUTE FUNCTION inject_failure()`);
  });
}

/** Labels of every stored run, sorted. */
export async function storedLabels(provider: DbProvider, url: string): Promise<string[]> {
  let labels: string[] = [];
  await query<{ label: string }>(provider, url, async (sql) => {
    labels = (await sql(`SELECT "label" FROM "run"`)).map((r) => r.label).sort();
  });
  return labels;
}
