// What an upload says about its runs beside the files (the `meta` form field, validated at the edge:
// lib/server/schemas/run-meta.ts), applied to a run parsed from those files.
import { provenanceOf, type RunProvenance, type RunSource } from './provenance';
import type { RunMeta } from './types';

/** Every field optional; null or absent: not said (the files' value stays). */
export interface GivenMeta extends Partial<
  Record<Exclude<keyof RunProvenance, 'source' | 'locustTags'>, string | null>
> {
  source?: RunSource | null;
  locustTags?: { tags?: string[] | null; excludeTags?: string[] | null } | null;
  locustfile?: string | null;
  host?: string | null;
  locustVersion?: string | null;
  userCount?: number | null;
  spawnRate?: number | null;
  /** ISO-8601 with an offset. */
  startTime?: string | null;
  endTime?: string | null;
}

/** `meta` with what the uploader said: the uploader's start, end, users, spawn rate, host, locustfile and
 *  Locust version win over the files' (the Locust plugin knows them exactly; files only approximately or
 *  not at all); provenance is the uploader's alone, and `source` is `fallbackSource` when not said. The
 *  duration follows a given start and end only when the files gave none. */
export function withGivenMeta(meta: RunMeta, given: GivenMeta, fallbackSource: RunSource): RunMeta {
  const startTime = given.startTime ?? meta.startTime;
  const endTime = given.endTime ?? meta.endTime;
  const spanS = startTime && endTime ? (Date.parse(endTime) - Date.parse(startTime)) / 1000 : NaN;
  const tags = given.locustTags
    ? { tags: given.locustTags.tags ?? null, excludeTags: given.locustTags.excludeTags ?? null }
    : null;
  return {
    ...meta,
    userCount: given.userCount ?? meta.userCount,
    spawnRate: given.spawnRate ?? meta.spawnRate,
    startTime,
    endTime,
    durationS: meta.durationS ?? (Number.isFinite(spanS) && spanS >= 0 ? spanS : null),
    host: given.host ?? meta.host,
    locustfile: given.locustfile ?? meta.locustfile,
    locustVersion: given.locustVersion ?? meta.locustVersion,
    ...provenanceOf({
      commit: given.commit,
      branch: given.branch,
      environment: given.environment,
      buildUrl: given.buildUrl,
      locustfileSha256: given.locustfileSha256,
      profile: given.profile,
      source: given.source ?? fallbackSource,
      locustTags: tags && (tags.tags !== null || tags.excludeTags !== null) ? tags : null,
    }),
  };
}
