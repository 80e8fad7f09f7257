// Which database faults an error reveals: unreachable (down, connection lost, cannot open the
// file), disk full, read-only, busy. Pure: it reads the shapes that Prisma 7 (P-codes and
// `meta.driverAdapterError.cause`), its driver adapters (DriverAdapterError `cause.kind`),
// better-sqlite3 (SQLITE_* codes), node-postgres (SQLSTATE) and Node (errno codes) throw.

export type DbFaultKind = 'unreachable' | 'cannot_open' | 'full' | 'read_only' | 'busy';

export interface DbFault {
  kind: DbFaultKind;
  /** What is wrong and what to do, for API clients and pages (no host, path or credentials). */
  message: string;
}

/** Opening or migrating the database failed (thrown by lib/server/db/client.ts; the cause says why). */
export class DatabaseOpenError extends Error {
  constructor(cause: unknown) {
    super(`the database could not be opened or migrated: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DatabaseOpenError';
  }
}

const MESSAGES: Record<DbFaultKind, string> = {
  unreachable:
    'the database is unavailable (not reachable, connection lost, or its file cannot be opened); ' +
    'nothing was changed. Check that it is running and that DATABASE_URL is right (for SQLite: ' +
    'the folder exists and the server may write to it); Swarmlens reconnects by itself once it answers. ' +
    'GET /api/health says when it is back.',
  cannot_open:
    'the database could not be opened or brought up to date (the server log says why: ' +
    'e.g. its folder cannot be created or written, or a migration failed); nothing was changed. Fix that; ' +
    'Swarmlens tries again on the next request. GET /api/health says when it works.',
  full:
    'the disk holding the database is full; nothing was stored. Free some space (or delete runs you no longer need), ' +
    'then try again.',
  read_only:
    'the database is read-only (its file, folder or disk cannot be written by the server); nothing was changed, ' +
    'reading still works. Make it writable, then try again.',
  busy: 'the database is busy (another writer holds its lock); nothing was changed. Try again in a few seconds.',
};

const BY_CODE: Record<string, DbFaultKind> = {
  // Prisma: cannot reach, timed out connecting, server closed the connection, pool timeout; busy
  // (an operation, or the start of a transaction waiting for its turn, timed out).
  P1001: 'unreachable',
  P1002: 'unreachable',
  P1017: 'unreachable',
  P2024: 'unreachable',
  P1008: 'busy',
  P2028: 'busy',
  // Driver adapters' error kinds.
  DatabaseNotReachable: 'unreachable',
  ConnectionClosed: 'unreachable',
  SocketTimeout: 'unreachable',
  TooManyConnections: 'unreachable',
  DatabaseDoesNotExist: 'unreachable',
  DatabaseAccessDenied: 'unreachable',
  AuthenticationFailed: 'unreachable',
  TlsConnectionError: 'unreachable',
  // Node: sockets; a full or read-only disk (other file errors only count when opening: DatabaseOpenError).
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EPIPE: 'unreachable',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read_only',
  // SQLite (extended codes such as SQLITE_IOERR_WRITE match by prefix below).
  SQLITE_CANTOPEN: 'unreachable',
  SQLITE_IOERR: 'unreachable',
  SQLITE_NOTADB: 'unreachable',
  SQLITE_CORRUPT: 'unreachable',
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'read_only',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  // PostgreSQL SQLSTATE: admin/crash shutdown, cannot connect now, too many connections, no such
  // database, bad password, disk full, read-only transaction (a standby), lock not available.
  '57P01': 'unreachable',
  '57P02': 'unreachable',
  '57P03': 'unreachable',
  '53300': 'unreachable',
  '3D000': 'unreachable',
  '28P01': 'unreachable',
  '28000': 'unreachable',
  '53100': 'full',
  '25006': 'read_only',
  '55P03': 'busy',
};

/** node-postgres' messages when a socket ends without an error code. */
const LOST_CONNECTION = new RegExp(
  [
    'Connection terminated',
    'connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'Connection closed',
  ].join('|'),
  'i',
);

export function classifyDbFault(e: unknown): DbFault | null {
  const kind = faultKind(e, 0);
  return kind === null ? null : { kind, message: MESSAGES[kind] };
}

function faultKind(e: unknown, depth: number): DbFaultKind | null {
  if (typeof e !== 'object' || e === null || depth > 5) return null;
  const o = e as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    errors?: unknown;
  };
  // Most specific first: the driver's own code, then the adapter's kind, then Prisma's code.
  for (const c of [o.originalCode, o.kind, o.code]) {
    const k = typeof c === 'string' ? codeKind(c) : null;
    if (k !== null) return k;
  }
  // SQLSTATE class 08: connection exception.
  if (typeof o.code === 'string' && /^08[0-9A-Z]{3}$/.test(o.code)) return 'unreachable';
  for (const inner of [o.meta?.driverAdapterError, o.cause, ...(Array.isArray(o.errors) ? o.errors : [])]) {
    const k = faultKind(inner, depth + 1);
    if (k !== null) return k;
  }
  if (e instanceof DatabaseOpenError) return 'cannot_open';
  return typeof o.message === 'string' && LOST_CONNECTION.test(o.message) ? 'unreachable' : null;
}

function codeKind(code: string): DbFaultKind | null {
  const exact = BY_CODE[code];
  if (exact !== undefined) return exact;
  const base = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  return base !== undefined ? (BY_CODE[base] ?? null) : null;
}
