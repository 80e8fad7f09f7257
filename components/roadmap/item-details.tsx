import type { ReactNode } from 'react';
import type { ResultLine } from '@/lib/view/roadmap/criterion-text';
import { linkedCriterionText } from '@/lib/view/roadmap/criterion-text';
import type { LinkedCriterion, RoadmapItem } from '@/lib/domain/roadmap/types';
import { NotesText } from './notes-text';
import { ResultList } from './result-list';

interface Props {
  item: RoadmapItem;
  linked: LinkedCriterion[];
  /** The linked criteria on the latest judged run (empty before one). */
  results: ResultLine[];
  id: string;
  children?: ReactNode;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

/** The expanded item: problem, expected impact, notes, linked criteria and how the latest run did. */
export function ItemDetails({ item, linked, results, id, children }: Props) {
  const missing = item.criterionIds.length - linked.length;
  const empty = !item.problem && !item.expectedImpact && !item.notes && item.criterionIds.length === 0;
  return (
    <div id={id} className="mt-2 space-y-3 rounded-lg border border-slate-100 bg-slate-50/70 px-4 py-3">
      <dl className="grid gap-3 sm:grid-cols-2">
        {item.problem && (
          <Field label="Problem">
            <NotesText text={item.problem} />
          </Field>
        )}
        {item.expectedImpact && (
          <Field label="Expected impact">
            <NotesText text={item.expectedImpact} />
          </Field>
        )}
        {item.notes && (
          <div className="sm:col-span-2">
            <Field label="Notes">
              <NotesText text={item.notes} />
            </Field>
          </div>
        )}
        {item.criterionIds.length > 0 && (
          <div className="sm:col-span-2">
            <Field label="Success criteria">
              <ul className="num list-disc space-y-0.5 pl-5">
                {linked.map((c) => (
                  <li key={c.id}>{linkedCriterionText(c)}</li>
                ))}
                {missing > 0 && (
                  <li className="text-slate-500">
                    {missing} linked {missing === 1 ? 'criterion' : 'criteria'} no longer in a set
                  </li>
                )}
              </ul>
              {results.length > 0 && (
                <div className="mt-2">
                  <p className="mb-1 text-xs font-medium text-slate-500">On the latest run judged (by start time)</p>
                  <ResultList lines={results} />
                </div>
              )}
            </Field>
          </div>
        )}
      </dl>
      {empty && <p className="text-sm text-slate-500">No problem, impact, notes or criteria written down yet.</p>}
      {children}
    </div>
  );
}
