'use client';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { RunLabels } from '@/lib/view/roadmap/item-display';
import { roadmapProgress } from '@/lib/view/roadmap/progress';
import type { ItemVerification, LinkedCriterion, RoadmapPhase } from '@/lib/domain/roadmap/types';
import { ItemForm } from './item-form';
import { ItemRow } from './item-row';
import { PhaseHeader } from './phase-header';

interface Props {
  projectId: string;
  phase: RoadmapPhase;
  index: number;
  phases: { id: string; title: string }[];
  verification: Readonly<Record<string, ItemVerification>>;
  criteria: Readonly<Record<string, LinkedCriterion>>;
  runLabels: RunLabels;
  /** Runs offered by "check against run X" (editable views). */
  runs: { id: string; label: string }[];
  editable: boolean;
}

/** A phase: its header, its items in order, and (editable) a form to add one. */
export function PhaseSection(props: Props) {
  const { projectId, phase, index, phases, verification, criteria, runLabels, runs, editable } = props;
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const progress = roadmapProgress({ phases: [phase] }, verification);

  return (
    <section aria-labelledby={headingId} className="py-4 first:pt-0 last:pb-0">
      <PhaseHeader
        projectId={projectId}
        phase={phase}
        index={index}
        count={phases.length}
        editable={editable}
        headingId={headingId}
        progress={phase.items.length > 0 ? `${progress.done} of ${progress.total} done` : ''}
      />
      {phase.items.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-100">
          {phase.items.map((item, i) => (
            <ItemRow
              key={item.id}
              projectId={projectId}
              phaseId={phase.id}
              item={item}
              index={i}
              count={phase.items.length}
              verification={verification[item.id]}
              criteria={criteria}
              runLabels={runLabels}
              runs={runs}
              phases={phases}
              editable={editable}
            />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-500">No items in this phase yet.</p>
      )}
      {editable && (
        <div className="mt-2">
          {adding ? (
            <ItemForm
              projectId={projectId}
              phaseId={phase.id}
              knownCriteria={criteria}
              onDone={() => setAdding(false)}
            />
          ) : (
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-1 text-brand-700"
              aria-label={`Add item to ${phase.title}`}
              onClick={() => setAdding(true)}
            >
              + Add item
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
