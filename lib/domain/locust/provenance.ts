// Where a run came from (issue 18): what the uploader said about it in the upload's `meta` field (the CI's
// commit, branch, environment and job page, the locustfile's hash, Locust's --profile and task tags, who
// uploaded). Locust's files never say any of it: a run parsed from files alone has every field null.

/** Who sent the run: the upload page, the HTTP API, `swarmlens upload`, or the Locust plugin. */
export const RUN_SOURCES = ['browser', 'api', 'cli', 'locust-plugin'] as const;
export type RunSource = (typeof RUN_SOURCES)[number];

/** Locust's `--tags` / `--exclude-tags` (task tags, not the run's tags); null: not given. */
export interface LocustTagSelection {
  tags: string[] | null;
  excludeTags: string[] | null;
}

export interface RunProvenance {
  /** The commit tested, as CI names it (usually 40 hex characters). */
  commit: string | null;
  branch: string | null;
  /** The environment tested (staging, production, ...), when CI or the uploader names one. */
  environment: string | null;
  /** The CI job's (or pipeline's) page: an http(s) URL. */
  buildUrl: string | null;
  /** Lowercase hex sha256 of the locustfile's bytes. */
  locustfileSha256: string | null;
  /** Locust's `--profile`. */
  profile: string | null;
  /** null for runs stored before sources were recorded. */
  source: RunSource | null;
  locustTags: LocustTagSelection | null;
}

export const PROVENANCE_KEYS = [
  'commit',
  'branch',
  'environment',
  'buildUrl',
  'locustfileSha256',
  'profile',
  'source',
  'locustTags',
] as const satisfies readonly (keyof RunProvenance)[];

/** Every provenance field of `meta`, null where absent. */
export function provenanceOf(meta: Partial<RunProvenance>): RunProvenance {
  return {
    commit: meta.commit ?? null,
    branch: meta.branch ?? null,
    environment: meta.environment ?? null,
    buildUrl: meta.buildUrl ?? null,
    locustfileSha256: meta.locustfileSha256 ?? null,
    profile: meta.profile ?? null,
    source: meta.source ?? null,
    locustTags: meta.locustTags ?? null,
  };
}

/** A commit as people read it: a full 40-hex SHA-1 (or 64-hex SHA-256) cut to its first 7 characters;
 *  anything else as given. */
export function shortCommit(commit: string): string {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(commit) ? commit.slice(0, 7) : commit;
}

/** Words for a source on the run page. */
export const SOURCE_WORDS: Record<RunSource, string> = {
  browser: 'upload page',
  api: 'HTTP API',
  cli: 'swarmlens upload',
  'locust-plugin': 'Locust plugin',
};

/** "main @ 3f78685 · staging": a run's branch, commit and environment in one phrase; null when none is known. */
export function provenanceLine(p: {
  commit?: string | null;
  branch?: string | null;
  environment?: string | null;
}): string | null {
  const commit = p.commit ? shortCommit(p.commit) : null;
  const where = [p.branch ?? null, commit].filter((x) => x !== null).join(' @ ');
  const line = [where, p.environment ?? ''].filter((x) => x !== '').join(' · ');
  return line === '' ? null : line;
}
