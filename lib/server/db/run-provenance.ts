// The run table's provenance columns (issue 18) <-> RunProvenance (lib/domain/locust/provenance.ts).
import { provenanceOf, type RunProvenance } from '../../domain/locust/provenance';
import type { RunMeta } from '../../domain/locust/types';
import { jsonForColumn, readJson } from './json-columns';
import type { Db } from './client';
import { readChoice } from './text-columns';

/** The columns as written (null for what no one said). */
export function provenanceColumns(meta: RunMeta) {
  const p = provenanceOf(meta);
  return {
    commit: p.commit,
    branch: p.branch,
    environment: p.environment,
    buildUrl: p.buildUrl,
    locustfileSha256: p.locustfileSha256,
    profile: p.profile,
    source: p.source,
    // Prisma writes a JSON null for null; undefined leaves the column NULL.
    locustTags: (p.locustTags && jsonForColumn('run.locust_tags', p.locustTags)) ?? undefined,
  };
}

interface ProvenanceRow {
  id: string;
  commit: string | null;
  branch: string | null;
  environment: string | null;
  buildUrl: string | null;
  locustfileSha256: string | null;
  profile: string | null;
  source: string | null;
  locustTags: unknown;
}

/** A stored row's provenance, each choice and JSON value checked. */
export function provenanceOfRow(r: ProvenanceRow): RunProvenance {
  return {
    commit: r.commit,
    branch: r.branch,
    environment: r.environment,
    buildUrl: r.buildUrl,
    locustfileSha256: r.locustfileSha256,
    profile: r.profile,
    source: r.source === null ? null : readChoice('run.source', r.id, r.source),
    locustTags: r.locustTags === null ? null : readJson('run.locust_tags', r.id, r.locustTags),
  };
}

/** Every branch and every environment some run names, each once, sorted (GROUP BY over their indexes). */
export async function listProvenanceValues(db: Db): Promise<{ branches: string[]; environments: string[] }> {
  type Row = { v: string }[];
  const [branches, environments] = await Promise.all([
    db.$queryRaw<Row>`SELECT "branch" AS v FROM "run" WHERE "branch" IS NOT NULL GROUP BY "branch" ORDER BY "branch"`,
    db.$queryRaw<Row>`SELECT "environment" AS v FROM "run"
      WHERE "environment" IS NOT NULL GROUP BY "environment" ORDER BY "environment"`,
  ]);
  return { branches: branches.map((r) => r.v), environments: environments.map((r) => r.v) };
}
