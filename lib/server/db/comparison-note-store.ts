// Meeting notes and decisions of a comparison, by comparison key (lib/domain/analysis/comparison-key.ts).
import { newId } from '../../domain/ids';
import type { Db } from './client';
import type { ComparisonNote } from '../../domain/shapes/comparison-note';

export async function getComparisonNote(db: Db, key: string): Promise<ComparisonNote | null> {
  const row = await db.comparisonNote.findUnique({ where: { key } });
  return row
    ? { notes: row.notes, decisions: row.decisions, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() }
    : null;
}

export async function saveComparisonNote(
  db: Db,
  key: string,
  runIds: string[],
  baselineRunId: string | null,
  text: { notes: string | null; decisions: string | null },
  updatedBy: string,
): Promise<ComparisonNote> {
  const row = await db.comparisonNote.upsert({
    where: { key },
    create: { id: newId('cmn'), key, runIds, baselineRunId, ...text, updatedBy },
    update: { ...text, updatedBy },
  });
  return {
    notes: row.notes,
    decisions: row.decisions,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}
