// Creating an empty project, and deleting a project with everything that belongs to it.
import { newId } from '../../domain/ids';
import { readJson } from './json-columns';
import type { Db } from './client';
import { writeLockFirst } from './write-lock';

/** Deleting a project with thousands of runs (their series and originals) takes a while. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 300_000 };

/** The project's id, created (without runs) when no project has that name. */
export async function ensureProject(db: Db, name: string, description: string | null = null): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const project = await db.project.upsert({
        where: { name },
        update: {},
        create: { id: newId('prj'), name, description },
      });
      return project.id;
    } catch (e) {
      // Lost a race, so trying again finds the row (as createRuns does): two first callers at once (the
      // loser's insert hits the unique name, P2002); SQLite shared by several processes (its upsert read
      // before another process wrote: SQLITE_BUSY, reported as a timeout, P1008).
      const code = (e as { code?: unknown }).code;
      if (attempt >= 8 || (code !== 'P2002' && code !== 'P1008')) throw e;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 80));
    }
  }
}

export interface DeletedProject {
  runs: number;
  criteriaSets: number;
  shares: number;
}

/**
 * Deletes a project in one transaction: its runs (and everything stored with them), criteria sets,
 * sign-offs and roadmap (database cascades), and the share links and comparison notes that show it or
 * any of its runs (they hold ids, not foreign keys). Other projects' sets and sign-offs that named one
 * of its runs keep their own copies (their foreign keys are set to null). null: no such project.
 */
export async function deleteProject(
  db: Db,
  projectId: string,
  provider: 'sqlite' | 'postgresql' = 'sqlite',
): Promise<DeletedProject | null> {
  return db.$transaction(async (tx) => {
    // SQLite shared by several processes: take the write lock before reading (see runs-write.ts).
    await writeLockFirst(tx, provider);
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { id: true } });
    if (!project) return null;
    const runs = await tx.run.findMany({ where: { projectId }, select: { id: true } });
    const criteriaSets = await tx.criteriaSet.count({ where: { projectId } });
    const shares = await tx.share.findMany({ select: { id: true, projectId: true, runIds: true } });
    const notes = await tx.comparisonNote.findMany({ select: { id: true, runIds: true } });
    const runIds = new Set(runs.map((r) => r.id));
    const showsRun = (ids: string[]) => ids.some((id) => runIds.has(id));
    const shareIds = shares
      .filter((s) => s.projectId === projectId || showsRun(readJson('share.run_ids', s.id, s.runIds)))
      .map((s) => s.id);
    const noteIds = notes.filter((n) => showsRun(readJson('comparison_note.run_ids', n.id, n.runIds))).map((n) => n.id);
    await tx.share.deleteMany({ where: { id: { in: shareIds } } });
    await tx.comparisonNote.deleteMany({ where: { id: { in: noteIds } } });
    await tx.project.delete({ where: { id: projectId } });
    return { runs: runIds.size, criteriaSets, shares: shareIds.length };
  }, TX_OPTIONS);
}
