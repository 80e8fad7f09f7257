// A criteria set on the project page: description, baseline run, and its verdict on the selected run
// with the criteria table. Edit / Delete / Sign off come from SetCardShell.
import Link from 'next/link';
import type { RunOption } from '@/components/criteria/criteria-fields';
import { CriteriaResultsTable } from '@/components/criteria/criteria-results-table';
import { AppliesToText, OutOfScopeNote } from '@/components/criteria/scope-note';
import { SetVerdictBanner } from '@/components/criteria/set-verdict-banner';
import type { StoredCriteriaSet, Verdict, VerdictName } from '@/lib/domain/criteria/types';
import { SetCardShell } from './set-card-shell';

interface Props {
  projectId: string;
  set: StoredCriteriaSet;
  /** The runs shown (oldest first), with this set's verdict on each: the selected one, and those to sign off. */
  runs: { id: string; label: string; verdict: Verdict }[];
  /** The runs offered as baseline, which name the current one when it is among them; default:
   *  `runs`. One array for every card: the page sends it to the browser once. */
  allRuns?: RunOption[];
  selectedRunId: string | null;
  /** Why the set does not judge the selected run (its appliesTo), else null. */
  outOfScope?: string | null;
  endpoints: string[];
  /** Shared link: no Edit / Delete / Sign off, the baseline run named without its link. */
  readOnly?: boolean;
}

export function CriteriaSetCard(props: Props) {
  const { projectId, set, runs, allRuns, selectedRunId, outOfScope = null, endpoints, readOnly = false } = props;
  const selected = runs.find((r) => r.id === selectedRunId) ?? null;
  const known = allRuns ?? runs.map(({ id, label }) => ({ id, label }));
  const baseline = set.baselineRunId ? (known.find((r) => r.id === set.baselineRunId) ?? null) : null;
  const runOptions: RunOption[] =
    set.baselineRunId && !baseline
      ? [...known, { id: set.baselineRunId, label: 'The current baseline (a run of another project)' }]
      : known;
  const signOffRuns = runs.map((r) => ({ id: r.id, label: r.label, verdict: r.verdict.verdict as VerdictName }));
  return (
    <div id={`set-${set.id}`} className="scroll-mt-6">
      <SetCardShell
        projectId={projectId}
        set={set}
        runOptions={runOptions}
        endpoints={endpoints}
        signOffRuns={signOffRuns}
        selectedRunId={selectedRunId}
        readOnly={readOnly}
      >
        <div className="space-y-4">
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div className="flex gap-1.5">
              <dt className="text-slate-500">Baseline run</dt>
              <dd>
                {set.baselineRunId && readOnly ? (
                  <span className="text-slate-700">{baseline?.label ?? 'a run of another project'}</span>
                ) : set.baselineRunId ? (
                  <Link
                    href={`/runs/${encodeURIComponent(set.baselineRunId)}`}
                    className="hover:text-brand-800 text-brand-700 underline"
                  >
                    {baseline?.label ?? 'a run of another project'}
                  </Link>
                ) : (
                  <span className="text-slate-700">
                    none{set.criteria.some((c) => c.relative) ? ' — relative criteria cannot be judged' : ''}
                  </span>
                )}
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-slate-500">Criteria</dt>
              <dd className="text-slate-700">{set.criteria.length}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-slate-500">Applies to</dt>
              <dd className="text-slate-700">
                {set.appliesTo ? <AppliesToText appliesTo={set.appliesTo} /> : 'every run'}
              </dd>
            </div>
          </dl>
          {set.description && <p className="max-w-3xl text-sm whitespace-pre-wrap text-slate-700">{set.description}</p>}
          {selected ? (
            <SetVerdictBanner criteria={set.criteria} verdict={selected.verdict} runLabel={selected.label} />
          ) : outOfScope ? (
            <OutOfScopeNote reason={outOfScope} />
          ) : (
            <p className="text-sm text-slate-600">
              No run to judge yet: upload a run to this project to see the verdict.
            </p>
          )}
          <CriteriaResultsTable criteria={set.criteria} verdict={selected?.verdict ?? null} />
        </div>
      </SetCardShell>
    </div>
  );
}
