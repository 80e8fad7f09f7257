// Stored runs whose original files are exactly a given set of files, by sha256 (RunFile.sha256: the
// hash of each file's bytes as uploaded; zip entries each on their own). Names do not matter.
import type { Db } from './client';

export interface DuplicateRun {
  id: string;
  label: string;
  project: { id: string; name: string };
  /** ISO-8601 upload time. */
  createdAt: string;
}

/**
 * For each set of hashes, the runs (of any project) whose files have exactly these hashes, oldest
 * upload first. Reads the files of the runs holding the rarest of the hashes only, so a file every run
 * shares (an empty `_exceptions.csv`) costs no scan of every run.
 */
export async function findRunsWithFiles(db: Db, hashSets: readonly (readonly string[])[]): Promise<DuplicateRun[][]> {
  const ids = await Promise.all(hashSets.map((hashes) => runsWithExactly(db, hashes)));
  const all = [...new Set(ids.flat())];
  if (all.length === 0) return hashSets.map(() => []);
  const rows = await db.run.findMany({
    where: { id: { in: all } },
    select: { id: true, label: true, createdAt: true, project: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const runs = rows.map((r) => ({
    id: r.id,
    label: r.label,
    project: r.project,
    createdAt: r.createdAt.toISOString(),
  }));
  return ids.map((found) => runs.filter((r) => found.includes(r.id)));
}

async function runsWithExactly(db: Db, hashes: readonly string[]): Promise<string[]> {
  const wanted = new Set(hashes);
  if (wanted.size === 0) return [];
  // One count per hash (an upload has a few files): how many stored files have it.
  const counts = await Promise.all(
    [...wanted].map(async (sha256) => ({ sha256, n: await db.runFile.count({ where: { sha256 } }) })),
  );
  if (counts.some((c) => c.n === 0)) return []; // a file no run has
  const rarest = counts.reduce((a, b) => (b.n < a.n ? b : a)).sha256;
  const holders = await db.runFile.findMany({ where: { sha256: rarest }, select: { runId: true } });
  const candidates = [...new Set(holders.map((h) => h.runId))];
  const files = await db.runFile.findMany({
    where: { runId: { in: candidates } },
    select: { runId: true, sha256: true },
  });
  const byRun = new Map<string, Set<string>>();
  for (const f of files) byRun.set(f.runId, (byRun.get(f.runId) ?? new Set()).add(f.sha256));
  const same = (own: Set<string> | undefined) =>
    own !== undefined && own.size === wanted.size && [...own].every((h) => wanted.has(h));
  return candidates.filter((id) => same(byRun.get(id)));
}
