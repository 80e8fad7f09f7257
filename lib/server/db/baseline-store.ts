// Candidate baselines of a run (GET /api/runs/:id/baseline, `--baseline latest:...`): the runs of its project
// uploaded before it that match the filters, newest first. "Before" is the project's upload order (created_at,
// then id), so asking again later, after newer uploads, names the same run.
import type { Db } from './client';

export interface TargetRef {
  id: string;
  projectId: string;
  label: string;
  createdAt: Date;
  /** What `same` filters and the median rule read of the target; null: not said. */
  branch: string | null;
  environment: string | null;
  profile: string | null;
  userCount: number | null;
  /** ISO-8601 as read. */
  startTime: string | null;
  locustfileSha256: string | null;
  host: string | null;
  locustVersion: string | null;
}

/** A value, or null: runs that do not say it. */
export interface CandidateFilters {
  branch?: string | null;
  environment?: string | null;
  profile?: string | null;
  /** Every one of these run tags (exact text). */
  tags?: string[];
  userCount?: number | null;
}

const TARGET = {
  id: true,
  projectId: true,
  label: true,
  createdAt: true,
  branch: true,
  environment: true,
  profile: true,
  userCount: true,
  startTime: true,
  locustfileSha256: true,
  host: true,
  locustVersion: true,
} as const;

export interface Candidate {
  id: string;
  label: string;
  /** ISO-8601 upload time. */
  createdAt: string;
}

export async function baselineTarget(db: Db, runId: string): Promise<TargetRef | null> {
  return db.run.findUnique({ where: { id: runId }, select: TARGET });
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
