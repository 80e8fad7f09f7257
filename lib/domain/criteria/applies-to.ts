// Which runs a criteria set judges (`appliesTo`): a run is in scope when every condition given holds —
// exactly `userCount` users, every tag of `tags`, a label matching `labelGlob`, for `profile` the run's
// Locust `--profile` (meta.profile, sent by the plugin) or a `profile:NAME` tag. Text is compared ignoring
// case. A set out of a run's scope gives no verdict on it, and whoever leaves it out says why ("Production
// @100 users applies to 100-user runs; this run has 50 users"). Pure.
import { compileGlob } from './glob';
import type { AppliesTo } from './types';

/** What a set's scope looks at in a run. `userCount` null: unknown (never in a user-count scope). */
export interface ScopeSubject {
  label: string | null;
  userCount: number | null;
  tags: readonly string[];
  /** Locust's `--profile` as the uploader said it (meta.profile); absent or null: not said. */
  profile?: string | null;
}

/** A run without Locust's `--profile` in its meta names its profile with the tag `profile:NAME`. */
export const PROFILE_TAG_PREFIX = 'profile:';

const lower = (s: string) => s.toLowerCase();

/** The conditions that say something, tags deduplicated; null when none does (every run). */
export function normaliseAppliesTo(a: AppliesTo | null | undefined): AppliesTo | null {
  if (!a) return null;
  const out: AppliesTo = {};
  if (a.userCount !== undefined) out.userCount = a.userCount;
  const tags = [...new Set((a.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length > 0) out.tags = tags;
  if (a.labelGlob !== undefined && a.labelGlob !== '') out.labelGlob = a.labelGlob;
  const profile = a.profile?.trim();
  if (profile) out.profile = profile;
  return Object.keys(out).length > 0 ? out : null;
}

const users = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'user' : 'users'}`;
const list = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
const quoted = (s: string, max = 80) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

/** "100 users, tag release, label “*retest*”, profile nightly" ("every run" for null): what the UI shows
 *  after "Applies to:". */
export function appliesToWords(a: AppliesTo | null | undefined): string {
  const n = normaliseAppliesTo(a);
  if (!n) return 'every run';
  const parts: string[] = [];
  if (n.userCount !== undefined) parts.push(users(n.userCount));
  if (n.tags) parts.push(`${n.tags.length === 1 ? 'tag' : 'tags'} ${list(n.tags)}`);
  if (n.labelGlob !== undefined) parts.push(`label ${quoted(n.labelGlob)}`);
  if (n.profile !== undefined) parts.push(`profile ${n.profile}`);
  return parts.join(', ');
}

/** "100-user runs tagged release, labelled “*retest*”": the runs a scope takes, as a phrase. */
function runsWords(n: AppliesTo): string {
  const head = n.userCount !== undefined ? `${n.userCount.toLocaleString('en-US')}-user runs` : 'runs';
  const parts: string[] = [];
  if (n.tags) parts.push(`tagged ${list(n.tags)}`);
  if (n.labelGlob !== undefined) parts.push(`labelled ${quoted(n.labelGlob)}`);
  if (n.profile !== undefined)
    parts.push(`of profile ${n.profile} (--profile or tag ${PROFILE_TAG_PREFIX}${n.profile})`);
  return parts.length > 0 ? `${head} ${parts.join(', ')}` : head;
}

/** Why the run is outside the scope ("has 50 users", "is not tagged release"); [] when it is inside. */
export function scopeMismatches(a: AppliesTo | null | undefined, run: ScopeSubject): string[] {
  const n = normaliseAppliesTo(a);
  if (!n) return [];
  const out: string[] = [];
  if (n.userCount !== undefined && run.userCount !== n.userCount) {
    out.push(run.userCount === null ? 'has no user count' : `has ${users(run.userCount)}`);
  }
  const tags = new Set(run.tags.map(lower));
  const missing = (n.tags ?? []).filter((t) => !tags.has(lower(t)));
  if (missing.length > 0) out.push(`is not tagged ${list(missing)}`);
  if (n.labelGlob !== undefined && !compileGlob(n.labelGlob).match(run.label ?? '')) {
    out.push(run.label ? `is labelled ${quoted(run.label)}` : 'has no label');
  }
  const profile = n.profile;
  if (profile !== undefined && !tags.has(lower(`${PROFILE_TAG_PREFIX}${profile}`))) {
    if (!run.profile) out.push(`has no tag ${PROFILE_TAG_PREFIX}${profile}`);
    else if (lower(run.profile) !== lower(profile)) out.push(`ran Locust profile ${run.profile}`);
  }
  return out;
}

/** Whether the set judges the run. */
export function appliesToRun(a: AppliesTo | null | undefined, run: ScopeSubject): boolean {
  return scopeMismatches(a, run).length === 0;
}

/** "Production @100 users applies to 100-user runs; this run has 50 users", or null when the set judges the run. */
export function outOfScopeReason(
  set: { name: string; appliesTo?: AppliesTo | null },
  run: ScopeSubject,
): string | null {
  const mismatches = scopeMismatches(set.appliesTo, run);
  if (mismatches.length === 0) return null;
  return `${set.name} applies to ${runsWords(normaliseAppliesTo(set.appliesTo)!)}; this run ${list(mismatches)}`;
}
