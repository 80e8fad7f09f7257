// Cached reads of computed views (stored runs, comparisons, project evaluations, lists), valid for
// one data revision (lib/server/db/revision-store.ts): every read first asks the database for the
// revision, so an instance never serves what another instance's write made out of date. Every
// API request that may change project data raises the revision when it ends (lib/server/http/respond.ts
// withErrors); sign-in, sign-out and API tokens write no project data and do not (NO_DATA_CHANGE).
// SWARMLENS_READ_CACHE=off turns caching off; SWARMLENS_READ_CACHE_ENTRIES sizes it (default 500).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { deepFreeze } from '../../domain/cache/deep-freeze';
import { RevisionCache } from '../../domain/cache/revision-cache';
import { database } from '../db/stores';

const globalCache = globalThis as typeof globalThis & { swarmlensReadCache?: RevisionCache };

function cache(): RevisionCache | null {
  if (process.env.SWARMLENS_READ_CACHE === 'off') return null;
  globalCache.swarmlensReadCache ??= new RevisionCache(Number(process.env.SWARMLENS_READ_CACHE_ENTRIES ?? 500));
  return globalCache.swarmlensReadCache;
}

/** Set while a request that changes data runs: its own reads see its writes, never the cache. */
const mutationScope = new AsyncLocalStorage<true>();

/** `load()`'s value for `key` at the current data revision (computed once per revision and instance). */
export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const c = cache();
  if (c === null || mutationScope.getStore() === true) return load();
  const db = await database();
  // Outside production, shared values are frozen: code that mutates one fails its tests.
  const shared = process.env.NODE_ENV === 'production' ? load : async () => deepFreeze(await load());
  return c.get(await db.revisions.readRevision(), key, shared);
}

/** Runs a request that may change stored data: its reads bypass the cache, and when it ends
 *  (whatever its outcome) this instance's cache is emptied and every instance's is outdated. */
export async function asMutation<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await mutationScope.run(true, run);
  } finally {
    cache()?.clear();
    try {
      const db = await database();
      await db.revisions.bumpRevision();
    } catch (e) {
      console.error(
        'swarmlens: could not raise the data revision; other instances may show outdated views until the next change',
        e,
      );
    }
  }
}
