// Duplicate uploads: runs already stored whose original files are byte for byte the files of a new
// run (the same set of sha256, whatever the names; zip entries each on their own; any project, as
// every caller may read every project). Uploading still stores: the answer names the runs.
import 'server-only';
import { database } from '../db/stores';
import type { DuplicateRun } from '../db/run-duplicates';
import type { StoredOriginal } from '../db/original-file';

export type { DuplicateRun };

/** For each set of file hashes (hex sha256), the stored runs with exactly those files, oldest first. */
export async function findDuplicateRuns(hashSets: readonly (readonly string[])[]): Promise<DuplicateRun[][]> {
  const db = await database();
  return db.runs.findRunsWithFiles(hashSets.map((hashes) => hashes.map((h) => h.toLowerCase())));
}

/** The hashes of the originals a run keeps: those of its files (runs-write.ts stores the same ones). */
export function runFileHashes(fileNames: readonly string[], originals: readonly StoredOriginal[]): string[] {
  const names = new Set(fileNames);
  return originals.filter((o) => names.has(o.name)).map((o) => o.sha256);
}
