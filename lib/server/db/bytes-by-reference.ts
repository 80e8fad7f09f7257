// Big byte parameters of raw SQL (an original's gzip, a run's deflated series: tens of MB for a million-row
// history) handed to the database driver as they are. Prisma's client serializes a raw query's parameters to
// JSON, bytes as base64, and parses that JSON back before the driver adapter decodes the base64 again: ~0.8 s of
// CPU and several copies in memory for the 190 MB upload of `npm run bench:ingest`. Instead the query carries a
// reference (a short text parameter, random and unguessable); the adapter wrapper below swaps it for the bytes
// just before the driver binds them, on the same connection and in the same transaction as the rest.
//
// Invariant: a reference is valid only inside `withBytesByReference`; an unknown one is an error, never stored as
// text.
import { randomUUID } from 'node:crypto';

const PREFIX = '\u0000swarmlens-bytes:';

declare global {
  /** On globalThis: the database client is (client.ts), and a production build may give each route its own copy
   *  of this module; the references must be the ones the client's adapter resolves. */
  var swarmlensBytesByReference: Map<string, Uint8Array> | undefined;
}
const pending = (globalThis.swarmlensBytesByReference ??= new Map<string, Uint8Array>());

/** Runs `use` with references to `blobs` (same order) to pass as raw SQL parameters; forgets them after. */
export async function withBytesByReference<T>(
  blobs: readonly Uint8Array[],
  use: (refs: string[]) => Promise<T>,
): Promise<T> {
  const refs = blobs.map((blob) => {
    const ref = PREFIX + randomUUID();
    pending.set(ref, blob);
    return ref;
  });
  try {
    return await use(refs);
  } finally {
    for (const ref of refs) pending.delete(ref);
  }
}

interface Query {
  sql: string;
  args: unknown[];
}

/** The query with each reference replaced by its bytes (the same object when it holds none). */
export function resolveReferences<Q extends Query>(query: Q): Q {
  if (!query.args.some(isReference)) return query;
  const args = query.args.map((arg) => {
    if (!isReference(arg)) return arg;
    const bytes = pending.get(arg);
    if (bytes === undefined) throw new Error('a byte parameter was used outside withBytesByReference');
    return bytes;
  });
  return { ...query, args };
}

function isReference(arg: unknown): arg is string {
  return typeof arg === 'string' && arg.startsWith(PREFIX);
}

interface Queryable {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<unknown>;
  /** A connection's; a transaction has none. */
  startTransaction?(...args: never[]): Promise<Queryable>;
}
interface ConnectionFactory {
  connect(): Promise<Queryable>;
}

/** The adapter factory `new PrismaClient({ adapter })` takes, whose connections and transactions resolve
 *  references before each statement. */
export function bytesByReference<F extends ConnectionFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === 'connect') return async () => resolving(await target.connect());
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function resolving<C extends Queryable>(queryable: C): C {
  return new Proxy(queryable, {
    get(target, prop, receiver) {
      if (prop === 'queryRaw' || prop === 'executeRaw') return (query: Query) => target[prop](resolveReferences(query));
      const start = target.startTransaction;
      if (prop === 'startTransaction' && start !== undefined)
        return async (...args: never[]) => resolving(await start.apply(target, args));
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
