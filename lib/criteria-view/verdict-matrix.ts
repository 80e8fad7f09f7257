// The project page's "Verdicts over time": rows = criteria sets (with one row per criterion under
// each), columns = runs oldest -> newest (ProjectEvaluation order). Pure.
import type { ProjectEvaluation } from '../criteria/project-evaluation';
import type { StoredCriteriaSet, VerdictName } from '../criteria/types';
import { criterionText, metState, type MetState } from './format';

export interface MatrixColumn {
  runId: string;
  label: string;
  userCount: number | null;
}

export interface MatrixSetRow {
  setId: string;
  name: string;
  /** One per column; null when the evaluation has no verdict for that run. */
  verdicts: (VerdictName | null)[];
  criteria: { id: string; text: string; severity: 'must' | 'should'; cells: MetState[] }[];
}

export interface VerdictMatrix {
  columns: MatrixColumn[];
  rows: MatrixSetRow[];
}

export function buildVerdictMatrix(evaluation: ProjectEvaluation, sets: StoredCriteriaSet[]): VerdictMatrix {
  const columns = evaluation.runs.map((r) => ({ runId: r.id, label: r.label, userCount: r.userCount }));
  const rows = sets.map((set): MatrixSetRow => {
    const evaluated = evaluation.sets.find((s) => s.setId === set.id);
    return {
      setId: set.id,
      name: set.name,
      verdicts: columns.map((_, i) => evaluated?.verdicts[i]?.verdict ?? null),
      criteria: set.criteria.map((c) => ({
        id: c.id,
        text: criterionText(c),
        severity: c.severity ?? 'must',
        cells: columns.map((col) => metState(evaluation.resultsByRun[col.runId]?.[c.id])),
      })),
    };
  });
  return { columns, rows };
}

/** The run the page details: the one asked for when the project has it, else the latest; null without runs. */
export function selectedRunId(evaluation: Pick<ProjectEvaluation, 'runs'>, asked: string | undefined): string | null {
  if (asked && evaluation.runs.some((r) => r.id === asked)) return asked;
  return evaluation.runs.at(-1)?.id ?? null;
}

export const VERDICT_TONES = { GO: 'ok', CONDITIONAL: 'warn', 'NO-GO': 'bad' } as const satisfies Record<VerdictName, 'ok' | 'warn' | 'bad'>;
