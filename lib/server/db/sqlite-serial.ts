// SQLite through Prisma's better-sqlite3 adapter: one connection per process. The adapter lets one
// transaction at a time hold it, but runs every statement outside a transaction on that same
// connection at once, even while a transaction is open there. Such a statement then reads the
// transaction's uncommitted rows (a run half-written, or one that will roll back), and its writes
// join the transaction: a delete answered 204, or the data revision's raise, is undone when an
// upload fails and rolls back. `serialTransactions` queues every statement outside a transaction
// behind the open one (FIFO with the transactions, so neither starves the other).
import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/** A FIFO lock: `acquire` resolves, in call order, with the function that releases it. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const before = this.tail;
    this.tail = before.then(() => held);
    return before.then(() => release);
  }
}

/** The factory `Prisma({ adapter })` takes, whose connections run statements outside transactions
 *  only between transactions. */
export function serialTransactions(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === 'connect') return async () => serialized(await target.connect());
      if (prop === 'connectToShadowDb') return async () => serialized(await target.connectToShadowDb());
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function serialized(adapter: Adapter): Adapter {
  const lock = new Lock();
  /** One statement outside a transaction: waits for the open transaction (and those queued before it). */
  const outside =
    <A, R>(run: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      const release = await lock.acquire();
      try {
        return await run(arg);
      } finally {
        release();
      }
    };
  const wrapped: Partial<Adapter> = {
    queryRaw: outside((q) => adapter.queryRaw(q)),
    executeRaw: outside((q) => adapter.executeRaw(q)),
    executeScript: outside((s) => adapter.executeScript(s)),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await adapter.startTransaction(isolationLevel);
      } catch (e) {
        release();
        throw e;
      }
      // Prisma runs COMMIT or ROLLBACK through tx.executeRaw, then calls commit() or rollback().
      const end = (close: () => Promise<void>) => async () => {
        try {
          await close();
        } finally {
          release();
        }
      };
      return new Proxy(tx, {
        get(target, prop, receiver) {
          if (prop === 'commit') return end(() => target.commit());
          if (prop === 'rollback') return end(() => target.rollback());
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop in wrapped) return wrapped[prop as keyof Adapter];
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
