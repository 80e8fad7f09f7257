// Every run of a project evaluated against every criteria set: the verdict matrix of the project
// page ("which gate passed at which run") and each criterion's result per run, which roadmap items
// use for verification. Results follow the criteria as they are now: edit a set, evaluate again.
// A set judges only the runs in its scope (`appliesTo`, applies-to.ts): on the others it has no
// verdict and no results, and `outOfScope` says why.
import type { ParsedRun } from '../locust/types';
import { outOfScopeReason } from './applies-to';
import { evaluateCriteria } from './evaluate';
import type { AppliesTo, CriterionResult, StoredCriteriaSet, Verdict } from './types';

export interface RunToEvaluate {
  id: string;
  label: string;
  /** ISO-8601 upload time: runs are ordered by it, oldest first. */
  createdAt: string;
  userCount: number | null;
  /** The run's tags (a set's scope may ask for some); absent: none. */
  tags?: readonly string[];
  /** Locust's `--profile` (meta.profile); absent or null: not said. */
  profile?: string | null;
  run: ParsedRun;
}

export interface SetEvaluation {
  setId: string;
  name: string;
  baselineRunId: string | null;
  appliesTo: AppliesTo | null;
  /** One per run, in the order of ProjectEvaluation.runs; null where the run is out of the set's scope. */
  verdicts: (Verdict | null)[];
  /** One per run: why the set does not judge it ("… applies to 100-user runs; this run has 50 users"), else null. */
  outOfScope: (string | null)[];
}

export interface ProjectEvaluation {
  /** startTime: when the test started (meta.startTime, ISO-8601 as read), null when unknown. */
  runs: { id: string; label: string; createdAt: string; startTime?: string | null; userCount: number | null }[];
  sets: SetEvaluation[];
  /** runId -> criterionId -> result on that run; a criterion has none on runs out of its set's scope. */
  resultsByRun: Record<string, Record<string, CriterionResult>>;
}

/** `baselines`: runs that sets name as baseline, by id (those of the project can be left out). */
export function evaluateProject(
  runs: RunToEvaluate[],
  sets: StoredCriteriaSet[],
  baselines: ReadonlyMap<string, ParsedRun> = new Map(),
): ProjectEvaluation {
  const ordered = [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byId = new Map(ordered.map((r) => [r.id, r.run]));
  const resultsByRun: ProjectEvaluation['resultsByRun'] = Object.fromEntries(ordered.map((r) => [r.id, {}]));
  const setEvaluations = sets.map((set): SetEvaluation => {
    const baseline = set.baselineRunId
      ? (byId.get(set.baselineRunId) ?? baselines.get(set.baselineRunId) ?? null)
      : null;
    const outOfScope = ordered.map((r) => outOfScopeReason(set, { ...r, tags: r.tags ?? [] }));
    const verdicts = ordered.map((r, i) => {
      if (outOfScope[i] !== null) return null;
      const verdict = evaluateCriteria(set, r.run, baseline);
      set.criteria.forEach((c, k) => (resultsByRun[r.id]![c.id] = verdict.results[k]!));
      return verdict;
    });
    const { id: setId, name, baselineRunId } = set;
    return { setId, name, baselineRunId, appliesTo: set.appliesTo ?? null, verdicts, outOfScope };
  });
  const refs = ordered.map(({ id, label, createdAt, userCount, run }) => ({
    id,
    label,
    createdAt,
    startTime: run.meta.startTime,
    userCount,
  }));
  return { runs: refs, sets: setEvaluations, resultsByRun };
}

/** A set's verdict on the newest run it judges (its scope may leave the newest runs out), or null. */
export function latestJudged(
  evaluation: ProjectEvaluation,
  setId: string,
): { verdict: Verdict; run: ProjectEvaluation['runs'][number] } | null {
  const set = evaluation.sets.find((s) => s.setId === setId);
  if (!set) return null;
  for (let i = evaluation.runs.length - 1; i >= 0; i--) {
    const verdict = set.verdicts[i];
    if (verdict) return { verdict, run: evaluation.runs[i]! };
  }
  return null;
}
