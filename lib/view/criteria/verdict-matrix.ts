// The project page's "Verdicts over time": rows = criteria sets (with one row per criterion under
// each), columns = runs oldest -> newest (ProjectEvaluation order). A set has no verdict on a run out
// of its scope (appliesTo): the cell says so, with why. Pure.
import { appliesToWords, normaliseAppliesTo } from '../../domain/criteria/applies-to';
import type { ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet, Verdict, VerdictName } from '../../domain/criteria/types';
import { criterionText, metState, type MetState } from './format';

export interface MatrixColumn {
  runId: string;
  label: string;
  userCount: number | null;
}

/** A criterion's cell: its result, or 'out-of-scope' where its set does not judge the run. */
export type MatrixCell = MetState | 'out-of-scope';

export interface MatrixSetRow {
  setId: string;
  name: string;
  /** "100 users, tag release"; null or absent: the set judges every run. */
  appliesTo?: string | null;
  /** One per column; null when the evaluation has no verdict for that run. */
  verdicts: (VerdictName | null)[];
  /** One per column: why the set does not judge that run (appliesTo), else null; absent: it judges every run. */
  outOfScope?: (string | null)[];
  criteria: { id: string; text: string; severity: 'must' | 'should'; cells: MatrixCell[] }[];
}

export interface VerdictMatrix {
  columns: MatrixColumn[];
  rows: MatrixSetRow[];
}

export function buildVerdictMatrix(evaluation: ProjectEvaluation, sets: StoredCriteriaSet[]): VerdictMatrix {
  const columns = evaluation.runs.map((r) => ({ runId: r.id, label: r.label, userCount: r.userCount }));
  const rows = sets.map((set): MatrixSetRow => {
    const evaluated = evaluation.sets.find((s) => s.setId === set.id);
    const outOfScope = columns.map((_, i) => evaluated?.outOfScope[i] ?? null);
    return {
      setId: set.id,
      name: set.name,
      appliesTo: normaliseAppliesTo(set.appliesTo) ? appliesToWords(set.appliesTo) : null,
      verdicts: columns.map((_, i) => evaluated?.verdicts[i]?.verdict ?? null),
      outOfScope,
      criteria: set.criteria.map((c) => ({
        id: c.id,
        text: criterionText(c),
        severity: c.severity ?? 'must',
        cells: columns.map((col, i): MatrixCell =>
          outOfScope[i] !== null ? 'out-of-scope' : metState(evaluation.resultsByRun[col.runId]?.[c.id]),
        ),
      })),
    };
  });
  return { columns, rows };
}

/**
 * One set's card on the selected run (the owner's project page and its shared view alike): the runs it judges
 * (oldest first) with its verdict on each, and why it does not judge the selected run (appliesTo), else null.
 */
export function setCardRuns(
  evaluation: ProjectEvaluation,
  setId: string,
  selected: string | null,
): { runs: { id: string; label: string; verdict: Verdict }[]; outOfScope: string | null } {
  const evaluated = evaluation.sets.find((s) => s.setId === setId);
  const verdicts = evaluated?.verdicts ?? [];
  const runs = evaluation.runs.flatMap((r, i) => {
    const verdict = verdicts[i];
    return verdict ? [{ id: r.id, label: r.label, verdict }] : [];
  });
  const outOfScope = evaluated?.outOfScope[evaluation.runs.findIndex((r) => r.id === selected)] ?? null;
  return { runs, outOfScope };
}

export const VERDICT_TONES = { GO: 'ok', CONDITIONAL: 'warn', 'NO-GO': 'bad' } as const satisfies Record<
  VerdictName,
  'ok' | 'warn' | 'bad'
>;
