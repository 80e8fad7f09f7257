// What changed around a change point: between the last run before it and the first run after it, each field
// the two runs say and disagree on (issue 19: "commit range, Locust version, host"). A field either run does
// not say is left out: it proves nothing. Pure.

export interface RunMetadata {
  commit: string | null;
  branch: string | null;
  build: string | null;
  host: string | null;
  locustVersion: string | null;
  locustfileSha256: string | null;
  profile: string | null;
  userCount: number | null;
  environment: string | null;
}

export const METADATA_FIELDS = [
  'commit',
  'build',
  'branch',
  'environment',
  'host',
  'userCount',
  'profile',
  'locustfileSha256',
  'locustVersion',
] as const satisfies readonly (keyof RunMetadata)[];

export interface MetadataChange {
  field: (typeof METADATA_FIELDS)[number];
  /** The last run's value before the change, and the first run's after it. */
  before: string;
  after: string;
}

export function metadataChanges(before: RunMetadata, after: RunMetadata): MetadataChange[] {
  const out: MetadataChange[] = [];
  for (const field of METADATA_FIELDS) {
    const a = before[field];
    const b = after[field];
    if (a === null || b === null || a === b) continue;
    out.push({ field, before: String(a), after: String(b) });
  }
  return out;
}
