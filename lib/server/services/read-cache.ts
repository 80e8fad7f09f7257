// Cached reads of computed views (stored runs, comparisons, project pages and evaluations, lists), each valid for
// the data revision of what it shows (lib/server/db/revision-store.ts), read from the database before every use,
// so an instance never serves what another instance's write made out of date:
// - a view of one project (`{ project }`) or of runs (`{ runs }`): the revision of its project(s);
// - a list across projects (`'lists'`): the revision every change raises.
// Every API request that may change project data raises them when it ends (lib/server/http/respond.ts withErrors):
// the lists' and, when it said which projects it changed (changedProjects), theirs, else every project's. Sign-in,
// sign-out and API tokens write no project data and raise none (NO_DATA_CHANGE).
// A worker warming itself up (scripts/warm-up.mjs) caches nothing. SWARMLENS_READ_CACHE=off turns caching off;
// SWARMLENS_READ_CACHE_ENTRIES sizes it (default 500).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { deepFreeze } from '../../domain/cache/deep-freeze';
import { RevisionCache } from '../../domain/cache/revision-cache';
import { database, type Stores } from '../db/stores';
import { isWarmingUp } from '../auth/warm-up';

const globalCache = globalThis as typeof globalThis & { swarmlensReadCache?: RevisionCache };

function cache(): RevisionCache | null {
  if (process.env.SWARMLENS_READ_CACHE === 'off' || isWarmingUp()) return null;
  globalCache.swarmlensReadCache ??= new RevisionCache(Number(process.env.SWARMLENS_READ_CACHE_ENTRIES ?? 500));
  return globalCache.swarmlensReadCache;
}

/** What a cached view shows: one project (id or name), the projects of some runs, or lists across projects. */
export type CachedScope = { project: string } | { runs: readonly string[] } | 'lists';

/** A mutation's projects as it declared them (null: not said, so every project). */
interface MutationState {
  projects: Set<string> | null;
}

/** Set while a request that changes data runs: its own reads see its writes, never the cache. */
const mutationScope = new AsyncLocalStorage<MutationState>();

async function tokenOf(db: Stores, scope: CachedScope): Promise<string> {
  const lists = async () => `lists:${await db.revisions.readRevision()}`;
  if (scope === 'lists') return lists();
  if ('project' in scope) {
    const p = await db.revisions.readProjectRevision(scope.project);
    // An unknown project: valid until anything changes (it may be created).
    return p ? `${p.projectId}:${p.revision}` : lists();
  }
  const projects = await db.revisions.readRunProjectRevisions(scope.runs);
  return projects ? projects.map((p) => `${p.projectId}:${p.revision}`).join(',') : lists();
}

/** `load()`'s value for `key` at the current revision of `scope` (computed once per revision and instance). */
export async function cachedRead<T>(key: string, scope: CachedScope, load: () => Promise<T>): Promise<T> {
  const c = cache();
  if (c === null || mutationScope.getStore() !== undefined) return load();
  const db = await database();
  // Outside production, shared values are frozen: code that mutates one fails its tests.
  const shared = process.env.NODE_ENV === 'production' ? load : async () => deepFreeze(await load());
  return c.get(await tokenOf(db, scope), key, shared);
}

/** Inside a mutation: the projects whose data it changed. A mutation that declares some must declare every one;
 *  one that declares none outdates every project's views. No-op outside a mutation. */
export function changedProjects(...projectIds: string[]): void {
  const state = mutationScope.getStore();
  if (!state) return;
  state.projects ??= new Set();
  for (const id of projectIds) state.projects.add(id);
}

/** Runs a request that may change stored data: its reads bypass the cache, and when it ends (whatever its
 *  outcome) every instance's views of what it changed are outdated. */
export async function asMutation<T>(run: () => Promise<T>): Promise<T> {
  const state: MutationState = { projects: null };
  try {
    return await mutationScope.run(state, run);
  } finally {
    try {
      const db = await database();
      await db.revisions.bumpRevision(state.projects && [...state.projects]);
    } catch (e) {
      console.error(
        'swarmlens: could not raise the data revision; other instances may show outdated views until the next change',
        e,
      );
    }
  }
}
