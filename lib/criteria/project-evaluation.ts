// Every run of a project evaluated against every criteria set: the verdict matrix of the project
// page ("which gate passed at which run") and each criterion's result per run, which roadmap items
// use for verification. Results follow the criteria as they are now: edit a set, evaluate again.
import type { ParsedRun } from '../locust/types';
import { evaluateCriteria } from './evaluate';
import type { CriterionResult, StoredCriteriaSet, Verdict } from './types';

export interface RunToEvaluate {
  id: string;
  label: string;
  /** ISO-8601 upload time: runs are ordered by it, oldest first. */
  createdAt: string;
  userCount: number | null;
  run: ParsedRun;
}

export interface SetEvaluation {
  setId: string;
  name: string;
  baselineRunId: string | null;
  /** One verdict per run, in the order of ProjectEvaluation.runs. */
  verdicts: Verdict[];
}

export interface ProjectEvaluation {
  runs: { id: string; label: string; createdAt: string; userCount: number | null }[];
  sets: SetEvaluation[];
  /** runId -> criterionId -> result on that run. */
  resultsByRun: Record<string, Record<string, CriterionResult>>;
}

/** `baselines`: runs that sets name as baseline, by id (those of the project can be left out). */
export function evaluateProject(runs: RunToEvaluate[], sets: StoredCriteriaSet[], baselines: ReadonlyMap<string, ParsedRun> = new Map()): ProjectEvaluation {
  const ordered = [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byId = new Map(ordered.map((r) => [r.id, r.run]));
  const resultsByRun: ProjectEvaluation['resultsByRun'] = Object.fromEntries(ordered.map((r) => [r.id, {}]));
  const setEvaluations = sets.map((set): SetEvaluation => {
    const baseline = set.baselineRunId ? (byId.get(set.baselineRunId) ?? baselines.get(set.baselineRunId) ?? null) : null;
    const verdicts = ordered.map((r) => {
      const verdict = evaluateCriteria(set, r.run, baseline);
      set.criteria.forEach((c, i) => (resultsByRun[r.id]![c.id] = verdict.results[i]!));
      return verdict;
    });
    return { setId: set.id, name: set.name, baselineRunId: set.baselineRunId, verdicts };
  });
  return { runs: ordered.map(({ id, label, createdAt, userCount }) => ({ id, label, createdAt, userCount })), sets: setEvaluations, resultsByRun };
}
