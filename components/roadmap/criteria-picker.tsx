'use client';
import { useEffect, useState } from 'react';
import { apiGet } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import type { StoredCriteriaSet } from '@/lib/domain/criteria/types';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import { criterionText } from '@/lib/view/roadmap/criterion-text';
import type { LinkedCriterion } from '@/lib/domain/roadmap/types';
import { LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';

interface Props {
  projectId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  /** Criteria the roadmap links already: shown even before (or without) the project's sets. */
  known: Readonly<Record<string, LinkedCriterion>>;
}

type Loaded =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; sets: StoredCriteriaSet[] };

/** The project's criteria sets (GET /api/projects/:id/criteria-sets), as checkboxes grouped by set. */
export function CriteriaPicker({ projectId, selected, onChange, known }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    apiGet<{ sets: StoredCriteriaSet[] }>(roadmapApi.criteriaSets(projectId), { signal: abort.signal })
      .then((body) => setLoaded({ state: 'ready', sets: body.sets }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setLoaded({ state: 'error', message: errorMessage(e) });
      });
    return () => abort.abort();
  }, [projectId]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  const groups =
    loaded.state === 'ready'
      ? loaded.sets.map((s) => ({ id: s.id, name: s.name, criteria: s.criteria }))
      : knownGroups(known, selected);

  return (
    <fieldset>
      <legend className={LABEL}>Success criteria that verify it</legend>
      <p className="mt-0.5 text-xs text-slate-500">
        The latest run (by start time) that meets every linked criterion shows the item as verified by that run.
      </p>
      {loaded.state === 'loading' && <p className="mt-2 text-sm text-slate-500">Loading the project’s criteria…</p>}
      {loaded.state === 'error' && (
        <RequestError error={`The criteria could not be loaded: ${loaded.message}`} variant="text" className="mt-2" />
      )}
      {loaded.state === 'ready' && groups.length === 0 && (
        <p className="mt-2 text-sm text-slate-500">
          This project has no criteria sets yet: save some from a comparison first.
        </p>
      )}
      {groups.length > 0 && (
        <div className="mt-2 max-h-56 space-y-3 overflow-y-auto rounded-lg border border-slate-200 p-3">
          {groups.map((set) => (
            <div key={set.id} role="group" aria-label={`Set ${set.name}`}>
              <p className="text-xs font-semibold text-slate-600">{set.name}</p>
              <ul className="mt-1 space-y-1">
                {set.criteria.map((c) => (
                  <li key={c.id}>
                    <label className="flex items-start gap-2 text-sm text-slate-800">
                      <input
                        type="checkbox"
                        className="mt-0.5 accent-brand-600"
                        checked={selected.includes(c.id)}
                        onChange={(e) => toggle(c.id, e.target.checked)}
                      />
                      <span className="num">{criterionText(c)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** The linked criteria already known, grouped by set, while the sets load or when they cannot. */
function knownGroups(known: Readonly<Record<string, LinkedCriterion>>, selected: string[]) {
  const groups = new Map<string, { id: string; name: string; criteria: LinkedCriterion[] }>();
  for (const id of selected) {
    const c = known[id];
    if (!c) continue;
    const group = groups.get(c.setId) ?? { id: c.setId, name: c.setName, criteria: [] };
    group.criteria.push(c);
    groups.set(c.setId, group);
  }
  return [...groups.values()];
}
