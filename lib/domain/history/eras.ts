// Eras: runs of a project are comparable only while the test itself stays the same. A new era starts at a
// run whose locustfile (sha256), Locust --profile, user count, target host or Locust major.minor version
// differs from the era's (each rule can be switched off). A field a run does not say (null) proves nothing:
// the run stays in the era, and the next run that says it is compared with the era's last known value.
// Locust versions are often ranges inferred from the files ("2.10.2–2.15.0"): only an exact major.minor
// change, or ranges that cannot overlap, start an era. Pure.
import { parseVersionText, versionsOverlap } from '../locust/versions';

export const ERA_RULES = ['locustfile', 'profile', 'users', 'host', 'locustVersion'] as const;
export type EraRule = (typeof ERA_RULES)[number];

/** What the era rules read of a run, oldest run first. */
export interface EraSubject {
  runId: string;
  locustfileSha256: string | null;
  profile: string | null;
  userCount: number | null;
  host: string | null;
  locustVersion: string | null;
}

export interface Era {
  /** 1-based, in run order. */
  id: number;
  startRunId: string;
  /** Why the era starts ("the first run", "locustfile changed (sha256 ab12cd34ef56 → 0f9e8d7c6b5a)"). */
  reason: string;
}

export interface EraAssignment {
  eras: Era[];
  /** Era id of each subject, in the order given. */
  eraOf: number[];
}

type Known = { [R in EraRule]: string | null };

const valueOf: Record<EraRule, (s: EraSubject) => string | null> = {
  locustfile: (s) => s.locustfileSha256,
  profile: (s) => s.profile,
  users: (s) => (s.userCount === null ? null : String(s.userCount)),
  host: (s) => s.host,
  locustVersion: (s) => s.locustVersion,
};

const words: Record<EraRule, (before: string, now: string) => string> = {
  locustfile: (a, b) => `locustfile changed (sha256 ${a.slice(0, 12)} → ${b.slice(0, 12)})`,
  profile: (a, b) => `Locust profile ${a} → ${b}`,
  users: (a, b) => `users ${Number(a).toLocaleString('en-US')} → ${Number(b).toLocaleString('en-US')}`,
  host: (a, b) => `host ${a} → ${b}`,
  locustVersion: (a, b) => `Locust ${a} → ${b}`,
};

/** Whether `now` differs from the era's `before` under the rule. */
function differs(rule: EraRule, before: string, now: string): boolean {
  if (rule !== 'locustVersion') return before !== now;
  const a = parseVersionText(before);
  const b = parseVersionText(now);
  if (a && b && a.min === a.max && b.min === b.max) return minor(a.min) !== minor(b.min);
  return !versionsOverlap(before, now);
}

const minor = (version: string) => version.split('.').slice(0, 2).join('.');

/** The eras of runs in time order, with the rules given switched on (all by default). */
export function assignEras(runs: readonly EraSubject[], rules: readonly EraRule[] = ERA_RULES): EraAssignment {
  const eras: Era[] = [];
  const eraOf: number[] = [];
  const known: Known = { locustfile: null, profile: null, users: null, host: null, locustVersion: null };
  for (const run of runs) {
    const changes: string[] = [];
    for (const rule of rules) {
      const now = valueOf[rule](run);
      const before = known[rule];
      if (now !== null && before !== null && differs(rule, before, now)) changes.push(words[rule](before, now));
    }
    if (eras.length === 0 || changes.length > 0) {
      eras.push({
        id: eras.length + 1,
        startRunId: run.runId,
        reason: eras.length === 0 ? 'the first run' : changes.join('; '),
      });
    }
    for (const rule of ERA_RULES) known[rule] = valueOf[rule](run) ?? known[rule];
    eraOf.push(eras.length);
  }
  return { eras, eraOf };
}
