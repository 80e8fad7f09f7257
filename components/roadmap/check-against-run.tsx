'use client';
// "Check against run X": pick a run, see each linked criterion's result on it (or why its set does not
// judge it). Reads only: the item's verification and status do not change.
import { useId, useState, type FormEvent } from 'react';
import { apiGet } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { itemCheckPath } from '@/lib/view/roadmap/api-paths';
import { runCheckView, type RunCheckView } from '@/lib/view/roadmap/run-check';
import type { ItemRunCheck, LinkedCriterion } from '@/lib/domain/roadmap/types';
import { ResultList } from './result-list';
import { RequestError } from '@/components/ui/request-error';

const TONE = { ok: 'text-ok', bad: 'text-bad', neutral: 'text-slate-700' } as const;

interface Props {
  itemId: string;
  title: string;
  /** Runs to pick from (the page's), oldest first. */
  runs: { id: string; label: string }[];
  criteria: Readonly<Record<string, LinkedCriterion>>;
}

export function CheckAgainstRun({ itemId, title, runs, criteria }: Props) {
  const id = useId();
  const [runId, setRunId] = useState(runs.at(-1)?.id ?? '');
  const [view, setView] = useState<RunCheckView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (runs.length === 0) return null;

  async function check(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setView(runCheckView(await apiGet<ItemRunCheck>(itemCheckPath(itemId, runId)), criteria));
    } catch (e) {
      setView(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2" data-testid="check-against-run">
      <form onSubmit={check} className="flex flex-wrap items-end gap-2" aria-label={`Check ${title} against a run`}>
        <div className="min-w-0">
          <label htmlFor={`${id}-run`} className="block text-xs font-medium text-slate-500">
            Check against run
          </label>
          <select
            id={`${id}-run`}
            value={runId}
            className="mt-0.5 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            onChange={(e) => {
              setRunId(e.target.value);
              setView(null);
            }}
          >
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" className="px-2.5 py-1" disabled={busy || runId === ''}>
          {busy ? 'Checking…' : 'Check'}
        </Button>
        <span className="text-xs text-slate-500">Changes nothing: the badge follows the rule above.</span>
      </form>
      <div aria-live="polite">
        <RequestError error={error} variant="text" size="xs" className="mt-2" />
        {view && (
          <div className="mt-2 space-y-1" data-testid="check-result" data-tone={view.tone}>
            <p className={`text-sm font-medium ${TONE[view.tone]}`}>{view.outcome}</p>
            <ResultList lines={view.lines} />
          </div>
        )}
      </div>
    </div>
  );
}
