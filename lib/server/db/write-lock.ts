// Write transactions on SQLite shared by several server processes.
import type { Tx } from './client';

/** SQLite shared by several server processes: a transaction that reads first cannot write once another process
 *  has written meanwhile (SQLITE_BUSY at once, no waiting), so it takes the write lock first with a no-op write
 *  (as runs-write.ts does); it then waits for the lock up to the busy timeout. */
export async function writeLockFirst(tx: Tx, provider: 'sqlite' | 'postgresql'): Promise<void> {
  if (provider === 'sqlite') await tx.$executeRaw`UPDATE "data_revision" SET "value" = "value" WHERE "id" = 1`;
}
