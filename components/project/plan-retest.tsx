'use client';
// Plan a retest: the proposed criteria in the criteria editor (with why each was proposed), the
// proposed roadmap items as a checklist, and one Save that stores all of it or nothing (save-plan.ts).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { CriteriaFields, type RunOption } from '@/components/criteria/criteria-fields';
import { useCriteriaForm, type CriteriaFormInitial } from '@/components/criteria/use-criteria-form';
import { Button, LINK_BUTTON } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Criterion } from '@/lib/domain/criteria/types';
import { fromFormRow } from '@/lib/view/criteria/form-row';
import { NEW_PHASE, ProposedItems } from './proposed-items';
import { savePlan, type PlannedItem } from './save-plan';
import { RequestError } from '@/components/ui/request-error';

interface Props {
  projectId: string;
  initial: CriteriaFormInitial;
  /** Why each initial criterion was proposed (same order as initial.criteria). */
  whys: string[];
  items: PlannedItem[];
  phases: { id: string; title: string }[];
  defaultPhaseTitle: string;
  runs: RunOption[];
  endpoints: string[];
}

export function PlanRetest({ projectId, initial, whys, items, phases, defaultPhaseTitle, runs, endpoints }: Props) {
  const router = useRouter();
  const form = useCriteriaForm(initial);
  const [whyByKey] = useState(() =>
    Object.fromEntries(form.rows.flatMap((r, i) => (whys[i] ? [[r.key, whys[i]]] : []))),
  );
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(items.map((i) => [i.key, true])),
  );
  const [phase, setPhase] = useState(NEW_PHASE);
  const [phaseTitle, setPhaseTitle] = useState(defaultPhaseTitle);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const draftCriteria: Criterion[] = form.rows.flatMap((r, i) => {
    const converted = fromFormRow(r, i);
    return 'criterion' in converted ? [converted.criterion] : [];
  });
  const chosen = items.filter((i) => checked[i.key]);
  const projectHref = `/projects/${encodeURIComponent(projectId)}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const body = form.build();
    if (!body) return setError('Check the highlighted fields.');
    if (chosen.length > 0 && phase === NEW_PHASE && phaseTitle.trim() === '')
      return setError('Give the new phase a title.');
    setSaving(true);
    const result = await savePlan(
      projectId,
      body,
      chosen,
      phase === NEW_PHASE ? { title: phaseTitle.trim() } : { id: phase },
    );
    if (!result.ok) {
      form.setErrors(result.problem.fields);
      setError(result.problem.message);
      return setSaving(false);
    }
    router.push(`${projectHref}#set-${result.set.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={save} className="space-y-6" aria-label="Plan a retest" noValidate>
      <Card title="Retest criteria">
        <CriteriaFields form={form} runs={runs} endpoints={endpoints} whys={whyByKey} />
      </Card>
      {items.length > 0 && (
        <Card title={`Roadmap items (${chosen.length} of ${items.length} checked)`}>
          <ProposedItems
            items={items}
            checked={checked}
            onCheck={(key, value) => setChecked((all) => ({ ...all, [key]: value }))}
            draftCriteria={draftCriteria}
            phases={phases}
            phase={phase}
            onPhase={setPhase}
            newPhaseTitle={phaseTitle}
            onNewPhaseTitle={setPhaseTitle}
            disabled={saving}
          />
        </Card>
      )}
      <RequestError error={error} />
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p className="text-xs text-slate-500">
          Saves the criteria set
          {chosen.length > 0
            ? ` and ${chosen.length === 1 ? 'the item' : `the ${chosen.length} items`} linked to its criteria, together`
            : ''}
          .
        </p>
        <Link href={projectHref} className={LINK_BUTTON.secondary}>
          Cancel
        </Link>
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
