// The one Prisma client of the process, for the database DATABASE_URL names, migrated before
// first use. Only lib/server/db/* imports this (and the generated clients). When the database cannot be
// opened (down, folder not writable...), getDatabase throws DatabaseOpenError and the next call
// tries again: the server runs through an outage and recovers without a restart.
import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { dbConfig, type DbConfig, type DbProvider } from './config';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { DatabaseOpenError } from './faults';
import { migrate } from './migrate';
import { serialTransactions } from './sqlite-serial';
import { bytesByReference } from './bytes-by-reference';

type Models =
  | 'project'
  | 'run'
  | 'runTag'
  | 'endpointStat'
  | 'transactionStat'
  | 'failureRow'
  | 'exceptionRow'
  | 'runSeries'
  | 'runFile'
  | 'criteriaSet'
  | 'criterion'
  | 'signOff'
  | 'roadmapPhase'
  | 'roadmapItem'
  | 'roadmapItemCriterion'
  | 'share'
  | 'session'
  | 'apiToken'
  | 'authAttempt'
  | 'user'
  | 'projectMember'
  | 'invitation'
  | 'auditEvent'
  | 'comparisonNote'
  | 'webhook'
  | 'webhookDelivery'
  | 'dataRevision'
  | 'runFigure'
  | 'historyJob'
  | 'historySeries'
  | 'changePoint'
  | 'baselineRule';

/** The delegate methods the stores use. Not aggregate/groupBy: their generic signatures differ between the
 *  two generated clients, so a PostgreSQL transaction would not be assignable (typechecked below). */
type Ops =
  | 'findUnique'
  | 'findUniqueOrThrow'
  | 'findFirst'
  | 'findFirstOrThrow'
  | 'findMany'
  | 'count'
  | 'create'
  | 'createMany'
  | 'update'
  | 'updateMany'
  | 'upsert'
  | 'delete'
  | 'deleteMany';

/** What the stores use of a client or of a transaction: the same schema, written against the SQLite
 *  client's types. Both generated clients (and their transaction clients) satisfy it structurally. */
export type Tx = { [M in Models]: Pick<SqliteClient[M], Ops> } & Pick<
  SqliteClient,
  '$queryRaw' | '$queryRawUnsafe' | '$executeRaw'
>;

export interface TxOptions {
  /** Milliseconds. */
  maxWait?: number;
  /** Milliseconds. */
  timeout?: number;
  /** RepeatableRead: PostgreSQL only. */
  isolationLevel?: 'Serializable' | 'RepeatableRead';
}

export interface Db extends Tx {
  $transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  $disconnect(): Promise<void>;
}

/** An open database: the client and the provider it was created for (from the config, nowhere else). */
export interface Database {
  prisma: Db;
  provider: DbProvider;
}

declare global {
  /** Kept on globalThis: Next.js dev reloads modules, the connection pool must survive them. */
  var swarmlensDb: Promise<Database> | undefined;
}
const globalCache = globalThis;

/** The process-wide database, migrated on first call (concurrent first calls share one promise;
 *  a failed attempt is forgotten, so the next call tries again). */
export function getDatabase(): Promise<Database> {
  globalCache.swarmlensDb ??= openDatabase(dbConfig()).catch((e: unknown) => {
    globalCache.swarmlensDb = undefined;
    console.error(`swarmlens: ${e instanceof Error ? e.message : String(e)} (trying again on the next request)`);
    throw e;
  });
  return globalCache.swarmlensDb;
}

/** PostgreSQL: give up connecting after this long (a silent network would hang requests forever). */
const PG_CONNECT_TIMEOUT_MS = 5_000;

/** Creates (SQLite), migrates and connects; any failure is a DatabaseOpenError (cause: why). */
export async function openDatabase(config: DbConfig): Promise<Database> {
  try {
    if (config.sqlitePath !== null && config.sqlitePath !== ':memory:')
      mkdirSync(dirname(config.sqlitePath), { recursive: true });
    await migrate(config, PG_CONNECT_TIMEOUT_MS);
  } catch (e) {
    throw new DatabaseOpenError(e);
  }
  if (config.provider === 'sqlite') {
    const adapter = bytesByReference(
      serialTransactions(
        new PrismaBetterSqlite3({ url: `file:${config.sqlitePath}`, timeout: 10_000 }, { timestampFormat: 'iso8601' }),
      ),
    );
    const prisma: Db = new SqliteClient({ adapter });
    return { prisma, provider: 'sqlite' };
  }
  // Connections lost while idle (server restart, network cut) are logged and replaced on next use.
  const adapter = bytesByReference(
    new PrismaPg(
      { connectionString: config.url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS },
      { onPoolError: (e) => console.warn(`swarmlens: an idle PostgreSQL connection failed: ${e.message}`) },
    ),
  );
  const prisma: Db = new PostgresClient({ adapter });
  return { prisma, provider: 'postgresql' };
}
