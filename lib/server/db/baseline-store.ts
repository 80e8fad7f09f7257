// Candidate baselines of a run (GET /api/runs/:id/baseline, `--baseline latest:...`): the runs of its project
// uploaded before it that match the filters, newest first. "Before" is the project's upload order (created_at,
// then id), so asking again later, after newer uploads, names the same run.
import type { Db } from './client';

export interface TargetRef {
  id: string;
  projectId: string;
  label: string;
  createdAt: Date;
}

export interface CandidateFilters {
  branch?: string;
  environment?: string;
  profile?: string;
  /** Every one of these run tags (exact text). */
  tags?: string[];
  userCount?: number;
}

export interface Candidate {
  id: string;
  label: string;
  /** ISO-8601 upload time. */
  createdAt: string;
}

export async function baselineTarget(db: Db, runId: string): Promise<TargetRef | null> {
  return db.run.findUnique({
    where: { id: runId },
    select: { id: true, projectId: true, label: true, createdAt: true },
  });
}

/** At most `take` candidates after skipping `skip`, newest first. */
export async function baselineCandidates(
  db: Db,
  target: TargetRef,
  filters: CandidateFilters,
  skip: number,
  take: number,
): Promise<Candidate[]> {
  const rows = await db.run.findMany({
    where: {
      projectId: target.projectId,
      OR: [{ createdAt: { lt: target.createdAt } }, { createdAt: target.createdAt, id: { lt: target.id } }],
      ...(filters.branch !== undefined ? { branch: filters.branch } : {}),
      ...(filters.environment !== undefined ? { environment: filters.environment } : {}),
      ...(filters.profile !== undefined ? { profile: filters.profile } : {}),
      ...(filters.userCount !== undefined ? { userCount: filters.userCount } : {}),
      AND: (filters.tags ?? []).map((tag) => ({ tags: { some: { tag } } })),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, label: true, createdAt: true },
    skip,
    take,
  });
  return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.createdAt.toISOString() }));
}
