// The "Verdicts over time" card: the matrix, or what to do first when there are no runs or no sets.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { ProjectEvaluation } from '@/lib/domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '@/lib/domain/criteria/types';
import { planHref } from '@/lib/view/criteria/plan';
import type { RunWindow } from '@/lib/view/criteria/run-window';
import { buildVerdictMatrix } from '@/lib/view/criteria/verdict-matrix';
import { RunPager } from './run-pager';
import { VerdictMatrix } from './verdict-matrix';

interface Props {
  projectId: string;
  /** The runs shown (one page of them with `pager`), evaluated against every set. */
  evaluation: ProjectEvaluation;
  sets: StoredCriteriaSet[];
  /** Which page of the project's runs `evaluation` holds; absent: all of them. */
  pager?: { window: RunWindow; runCount: number };
  selectedRunId: string | null;
  /** Shared link: no links to upload or plan (the run picks stay: they reload this page). */
  readOnly?: boolean;
}

const LINK = 'font-medium text-brand-700 hover:underline';

export function VerdictsOverTime({ projectId, evaluation, sets, selectedRunId, pager, readOnly = false }: Props) {
  const runs = evaluation.runs;
  const selected = runs.find((r) => r.id === selectedRunId);
  const caption =
    selected && sets.length > 0 ? (
      <span className="text-xs text-slate-500">
        Criteria sets below judge <span className="font-medium text-slate-700">{selected.label}</span>; pick another run
        in the table.
      </span>
    ) : null;
  return (
    <Card title="Verdicts over time" actions={caption}>
      {runs.length === 0 ? (
        <p className="text-sm text-slate-600">
          {readOnly ? (
            'No runs in this project yet.'
          ) : (
            <>
              No runs in this project yet:{' '}
              <Link href="/upload" className={LINK}>
                upload runs
              </Link>{' '}
              to judge them against criteria.
            </>
          )}
        </p>
      ) : sets.length === 0 ? (
        readOnly ? (
          <p className="text-sm text-slate-600">No criteria sets yet.</p>
        ) : (
          <NoSets projectId={projectId} runs={runs} />
        )
      ) : (
        <>
          {pager && <RunPager window={pager.window} runCount={pager.runCount} prefetch={!readOnly} />}
          <VerdictMatrix
            matrix={buildVerdictMatrix(evaluation, sets)}
            selectedRunId={selectedRunId}
            prefetch={!readOnly}
          />
        </>
      )}
    </Card>
  );
}

function NoSets({ projectId, runs }: { projectId: string; runs: ProjectEvaluation['runs'] }) {
  const [before, last] = runs.slice(-2);
  const plan =
    runs.length >= 2 && before && last ? planHref(projectId, [before.id, last.id], before.id, 'between') : null;
  return (
    <p className="text-sm text-slate-600">
      No criteria sets yet: create a criteria set (below), or plan a retest from a comparison
      {plan ? (
        <>
          {' '}
          — e.g.{' '}
          <Link href={plan} className={LINK}>
            plan a retest from {before!.label} → {last!.label}
          </Link>
        </>
      ) : (
        <>
          {' '}
          of two runs (
          <Link href="/upload" className={LINK}>
            upload a second run
          </Link>{' '}
          to compare with {runs[0]?.label ?? 'this one'})
        </>
      )}
      .
    </p>
  );
}
