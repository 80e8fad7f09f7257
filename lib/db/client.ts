// The one Prisma client of the process, for the database DATABASE_URL names, migrated before
// first use. Only lib/db/* imports this (and the generated clients).
import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { dbConfig, type DbConfig, type DbProvider } from './config';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { migrate } from './migrate';
import { serialTransactions } from './sqlite-serial';

/** Both generated clients have the same models; code is written against the SQLite one's types. */
export type Db = SqliteClient;

export interface Database {
  prisma: Db;
  provider: DbProvider;
}

const globalCache = globalThis as unknown as { swarmlensDb?: Promise<Database> };

/** The process-wide database, migrated on first call (concurrent first calls share one promise). */
export function getDatabase(): Promise<Database> {
  globalCache.swarmlensDb ??= openDatabase(dbConfig()).catch((e: unknown) => {
    globalCache.swarmlensDb = undefined;
    throw e;
  });
  return globalCache.swarmlensDb;
}

export async function openDatabase(config: DbConfig): Promise<Database> {
  if (config.sqlitePath !== null && config.sqlitePath !== ':memory:') mkdirSync(dirname(config.sqlitePath), { recursive: true });
  await migrate(config);
  if (config.provider === 'sqlite') {
    const adapter = serialTransactions(new PrismaBetterSqlite3({ url: `file:${config.sqlitePath}`, timeout: 10_000 }, { timestampFormat: 'iso8601' }));
    return { prisma: new SqliteClient({ adapter }), provider: 'sqlite' };
  }
  const adapter = new PrismaPg({ connectionString: config.url });
  return { prisma: new PostgresClient({ adapter }) as unknown as Db, provider: 'postgresql' };
}
