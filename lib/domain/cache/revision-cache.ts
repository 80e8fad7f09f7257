// An in-process cache of computed values that is valid for one data revision only: a lookup at
// another revision empties it first. Loads of the same key at the same revision are shared (one
// computation however many requests ask at once); a failed load is not kept. Entries beyond
// maxEntries are dropped least recently used first. Values are shared between callers: treat
// them as read-only. The revision only grows, so a lookup at an older revision than the cache's
// computes without keeping the result.
export class RevisionCache {
  private revision: number | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error(`maxEntries must be a whole number >= 1, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(revision: number, key: string, load: () => Promise<T>): Promise<T> {
    // A caller that read the revision before a newer caller did: computed, never kept.
    if (this.revision !== null && revision < this.revision) return load();
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key); // re-insert: Map order is the recency order
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const loading = load();
    this.entries.set(key, loading);
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return loading;
  }

  clear(): void {
    this.entries.clear();
    this.revision = null;
  }
}
