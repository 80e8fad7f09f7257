// The check of one run against one criteria set (`swarmlens check`, POST /api/runs/:id/check, a set's
// verdict on a run): the verdict JSON, or — when the set's appliesTo leaves the run out — no verdict
// and why (`verdict: null`, `outOfScope`, no results). Pure.
import type { ParsedRun } from '../locust/types';
import { outOfScopeReason, type ScopeSubject } from './applies-to';
import { evaluateCriteria } from './evaluate';
import type { CriteriaSet, Verdict } from './types';

/** A set that does not judge the run: nothing was evaluated. */
export interface OutOfScopeVerdict {
  name: string;
  verdict: null;
  /** "Production @100 users applies to 100-user runs; this run has 50 users". */
  outOfScope: string;
  results: [];
}

export function checkRun(
  set: CriteriaSet,
  run: ParsedRun,
  baseline: ParsedRun | null,
  subject: ScopeSubject,
): Verdict | OutOfScopeVerdict {
  const reason = outOfScopeReason(set, subject);
  if (reason !== null) return { name: set.name, verdict: null, outOfScope: reason, results: [] };
  return evaluateCriteria(set, run, baseline);
}

/** What a run read from files (the CLI) shows of itself to a scope: its label and user count; no tags. */
export function subjectOfParsed(run: ParsedRun): ScopeSubject {
  return { label: run.meta.label, userCount: run.meta.userCount, tags: [], profile: run.meta.profile ?? null };
}
