// Which thrown errors are database faults, and the HTTP answer each gets: the shapes are those
// Prisma 7, its driver adapters, better-sqlite3, node-postgres and Node throw (captured from
// real failures: PostgreSQL stopped or terminating the connection, SQLite on a full tmpfs...).
import { describe, expect, test } from 'vitest';
import { DatabaseOpenError, classifyDbFault } from '../../lib/server/db/faults';
import { errorResponse } from '../../lib/server/http/respond';

const known = (code: string, cause: object) =>
  Object.assign(new Error('Invalid invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
  });
const adapter = (cause: object) =>
  Object.assign(new Error(String((cause as { message?: string }).message ?? 'x')), {
    name: 'DriverAdapterError',
    cause,
  });
const sqlite = (code: string, message: string) =>
  known('P2010', { originalCode: code, originalMessage: message, kind: 'sqlite', extendedCode: 1, message });
const pgCode = (code: string) =>
  known('P2039', { originalCode: code, kind: 'postgres', code, severity: 'FATAL', message: 'x' });
const nodeErr = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });

const cases: [string, unknown, string | null][] = [
  [
    'PostgreSQL not reachable (Prisma P2010 + DatabaseNotReachable)',
    known('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 }),
    'unreachable',
  ],
  ['PostgreSQL terminated the connection (57P01 admin shutdown)', pgCode('57P01'), 'unreachable'],
  ['PostgreSQL crash shutdown (57P02)', pgCode('57P02'), 'unreachable'],
  ['PostgreSQL starting up (57P03)', pgCode('57P03'), 'unreachable'],
  ['PostgreSQL connection exception class 08 (08006)', pgCode('08006'), 'unreachable'],
  ['PostgreSQL disk full (53100)', pgCode('53100'), 'full'],
  ['PostgreSQL read-only standby (25006)', pgCode('25006'), 'read_only'],
  ['adapter: connection closed (ECONNRESET)', adapter({ kind: 'ConnectionClosed' }), 'unreachable'],
  ['Prisma P1001 cannot reach', Object.assign(new Error('x'), { code: 'P1001' }), 'unreachable'],
  ['Prisma P1017 server closed the connection', Object.assign(new Error('x'), { code: 'P1017' }), 'unreachable'],
  ['Prisma P1008 timed out (SQLite busy after retries)', Object.assign(new Error('x'), { code: 'P1008' }), 'busy'],
  [
    'Prisma P2028 a transaction could not start in time (waiting behind others)',
    Object.assign(new Error('Unable to start a transaction in the given time.'), { code: 'P2028' }),
    'busy',
  ],
  ['migration: node-postgres ECONNREFUSED', new DatabaseOpenError(nodeErr('ECONNREFUSED')), 'unreachable'],
  [
    'migration: AggregateError of ECONNREFUSED (localhost, two addresses)',
    Object.assign(new AggregateError([nodeErr('ECONNREFUSED')], ''), { code: 'ECONNREFUSED' }),
    'unreachable',
  ],
  ['node-postgres: connection ended without a code', new Error('Connection terminated unexpectedly'), 'unreachable'],
  ['node-postgres: connect timeout', new Error('Connection terminated due to connection timeout'), 'unreachable'],
  [
    'SQLite disk full (adapter error)',
    adapter({
      originalCode: 'SQLITE_FULL',
      originalMessage: 'database or disk is full',
      kind: 'sqlite',
      extendedCode: 13,
      message: 'database or disk is full',
    }),
    'full',
  ],
  ['SQLite read-only file', sqlite('SQLITE_READONLY', 'attempt to write a readonly database'), 'read_only'],
  ['SQLite read-only, extended code', sqlite('SQLITE_READONLY_DBMOVED', 'x'), 'read_only'],
  ['SQLite cannot open the file', sqlite('SQLITE_CANTOPEN', 'unable to open database file'), 'unreachable'],
  ['SQLite I/O error (extended)', sqlite('SQLITE_IOERR_WRITE', 'disk I/O error'), 'unreachable'],
  ['SQLite busy', sqlite('SQLITE_BUSY', 'database is locked'), 'busy'],
  [
    'opening: folder cannot be created (EACCES)',
    new DatabaseOpenError(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    'cannot_open',
  ],
  [
    'opening: migration changed after it was applied',
    new DatabaseOpenError(new Error('migration x was changed after it was applied')),
    'cannot_open',
  ],
  [
    'opening: better-sqlite3 SQLITE_CANTOPEN',
    new DatabaseOpenError(Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' })),
    'unreachable',
  ],
  ['a unique-constraint violation is not a fault', Object.assign(new Error('x'), { code: 'P2002' }), null],
  ['ENOENT elsewhere is not a database fault', Object.assign(new Error('x'), { code: 'ENOENT' }), null],
  ['a plain error is not a fault', new Error('boom'), null],
  ['a string is not a fault', 'boom', null],
];

describe('classifyDbFault', () => {
  test.each(cases)('%s', (_, error, kind) => {
    expect(classifyDbFault(error)?.kind ?? null).toBe(kind);
  });
});

describe('errorResponse for database faults', () => {
  const table: [string, unknown, number, string][] = [
    ['unreachable → 503 database_unavailable', pgCode('57P01'), 503, 'database_unavailable'],
    ['read-only → 503 database_unavailable', sqlite('SQLITE_READONLY', 'x'), 503, 'database_unavailable'],
    ['busy → 503 database_unavailable', sqlite('SQLITE_BUSY', 'x'), 503, 'database_unavailable'],
    ['disk full → 507 storage_full', sqlite('SQLITE_FULL', 'database or disk is full'), 507, 'storage_full'],
  ];
  test.each(table)(
    "%s, with what to do; the log gets one line with the driver's message",
    async (_, error, status, code) => {
      const spy = console.error;
      const logged: unknown[][] = [];
      console.error = (...args: unknown[]) => logged.push(args);
      const res = errorResponse(error);
      console.error = spy;
      expect(logged).toEqual([[expect.stringMatching(new RegExp(`^swarmlens: ${code} \\(\\w+\\): (x|FATAL|.*)$`))]]);
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/nothing was (stored|changed)/);
      expect(body.error.message).not.toMatch(/127\.0\.0\.1|\/tmp|password/);
      expect(res.headers.get('Retry-After')).toBe(status === 503 ? '5' : null);
      if (status === 507) expect(logged[0]![0]).toBe('swarmlens: storage_full (full): database or disk is full');
    },
  );
});
