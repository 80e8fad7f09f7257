// An in-process cache of computed values, each valid for the revision token it was computed at (the data
// revision of what it shows: lib/server/services/read-cache.ts): a lookup with another token computes again and
// keeps the new value. Loads of the same key and token are shared (one computation however many requests ask at
// once); a failed load is not kept. Entries beyond maxEntries are dropped least recently used first. Values are
// shared between callers: treat them as read-only. A caller whose token is older than the entry's replaces it
// with a value computed now: at worst one more computation, never an outdated value for a newer token.
export class RevisionCache {
  private readonly entries = new Map<string, { token: string; value: Promise<unknown> }>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error(`maxEntries must be a whole number >= 1, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(token: string, key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined) this.entries.delete(key); // re-inserted below: Map order is the recency order
    if (hit?.token === token) {
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const entry = { token, value: load() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return entry.value as Promise<T>;
  }
}
