// Sign-off records: written once, never edited (a record of who decided what, when).
import { newId } from '../../domain/ids';
import type { SignOffRecord, Verdict, VerdictName } from '../../domain/criteria/types';
import { jsonForColumn, readJson } from './json-columns';
import type { Db } from './client';
import { readChoice } from './text-columns';

export interface SignOffInput {
  projectId: string;
  setId: string;
  runId: string;
  setName: string;
  runLabel: string;
  decision: VerdictName;
  decidedBy: string;
  note: string | null;
  results: Verdict;
}

type SignOffRow = Awaited<ReturnType<Db['signOff']['findFirstOrThrow']>>;

function toRecord(r: SignOffRow): SignOffRecord {
  return {
    id: r.id,
    projectId: r.projectId,
    setId: r.setId,
    runId: r.runId,
    setName: r.setName,
    runLabel: r.runLabel,
    verdict: readChoice('sign_off.verdict', r.id, r.verdict),
    decision: readChoice('sign_off.decision', r.id, r.decision),
    decidedBy: r.decidedBy,
    note: r.note,
    results: readJson('sign_off.results', r.id, r.results),
    createdAt: r.createdAt.toISOString(),
  };
}

export async function createSignOff(db: Db, input: SignOffInput): Promise<SignOffRecord> {
  const row = await db.signOff.create({
    data: {
      id: newId('sgn'),
      projectId: input.projectId,
      setId: input.setId,
      runId: input.runId,
      setName: input.setName,
      runLabel: input.runLabel,
      verdict: input.results.verdict,
      decision: input.decision,
      decidedBy: input.decidedBy,
      note: input.note,
      results: jsonForColumn('sign_off.results', input.results),
    },
  });
  return toRecord(row);
}

/** Newest first. */
export async function listSignOffs(db: Db, projectId: string): Promise<SignOffRecord[]> {
  const rows = await db.signOff.findMany({ where: { projectId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return rows.map(toRecord);
}
