// Editing and deleting a stored run. Each change also asks the history worker to look at the run's part again
// (history-write.ts): branch, user count and profile decide which history a run belongs to.
import type { Db } from './client';
import { writeLockFirst } from './write-lock';
import { historyPart } from '../../domain/history/parts';
import { requestHistory } from './history-write';

export interface RunPatch {
  label?: string;
  notes?: string | null;
  tags?: string[];
  /** User-entered corrections of what the files could not say. */
  userCount?: number | null;
  spawnRate?: number | null;
  /** null clears it. */
  build?: string | null;
  /** Provenance corrections (RunProvenance): null clears a field. */
  commit?: string | null;
  branch?: string | null;
  environment?: string | null;
  buildUrl?: string | null;
  profile?: string | null;
}

export async function updateRun(
  db: Db,
  id: string,
  patch: RunPatch,
  provider: 'sqlite' | 'postgresql' = 'sqlite',
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await writeLockFirst(tx, provider);
    const found = await tx.run.findUnique({ where: { id }, select: { projectId: true, userCount: true } });
    if (!found) return false;
    const { tags, ...fields } = patch;
    // Branch, user count and profile decide which history the run belongs to: both parts are looked at again.
    const now = new Date();
    await requestHistory(tx, found.projectId, historyPart(found.userCount), null, now);
    if (patch.userCount !== undefined && patch.userCount !== found.userCount)
      await requestHistory(tx, found.projectId, historyPart(patch.userCount), null, now);
    await tx.run.update({
      where: { id },
      data: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    });
    if (tags) {
      await tx.runTag.deleteMany({ where: { runId: id } });
      await tx.runTag.createMany({ data: [...new Set(tags)].map((tag) => ({ runId: id, tag })) });
    }
    return true;
  });
}

export async function deleteRun(db: Db, id: string, provider: 'sqlite' | 'postgresql' = 'sqlite'): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await writeLockFirst(tx, provider);
    const found = await tx.run.findUnique({ where: { id }, select: { projectId: true, userCount: true } });
    if (!found) return false;
    await tx.run.delete({ where: { id } });
    await requestHistory(tx, found.projectId, historyPart(found.userCount), null, new Date());
    return true;
  });
}
