'use client';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EMPTY_ROADMAP_TEXT, startTimeNote, VERIFICATION_RULE } from '@/lib/view/roadmap/labels';
import { progressText, roadmapProgress } from '@/lib/view/roadmap/progress';
import type { RoadmapView } from '@/lib/domain/shapes/roadmap-view';
import { PhaseForm } from './phase-form';
import { PhaseSection } from './phase-section';
import { RoadmapToolbar } from './roadmap-toolbar';

interface Props {
  projectId: string;
  view: RoadmapView;
  /** The project's runs, to name the runs that verify items. */
  runs: { id: string; label: string }[];
  /** false (compare page): the checklist and its verification only, no controls. */
  editable: boolean;
}

/** The project's roadmap checklist: phases of items that people tick and runs verify. */
export function RoadmapPanel({ projectId, view, runs, editable }: Props) {
  const [addingPhase, setAddingPhase] = useState(false);
  const { phases } = view.roadmap;
  const runLabels = useMemo(() => Object.fromEntries(runs.map((r) => [r.id, r.label])), [runs]);
  const phaseRefs = useMemo(() => phases.map((p) => ({ id: p.id, title: p.title })), [phases]);
  const progress = roadmapProgress(view.roadmap, view.verification);

  return (
    <Card
      title="Roadmap"
      actions={editable ? <RoadmapToolbar projectId={projectId} hasPhases={phases.length > 0} /> : undefined}
    >
      {phases.length === 0 ? (
        <p className="text-sm text-slate-600">{EMPTY_ROADMAP_TEXT}</p>
      ) : (
        <>
          <p className="num text-sm font-medium text-slate-700">{progressText(progress)}</p>
          <p className="mt-1 mb-4 max-w-4xl text-xs text-slate-500" data-testid="verification-rule">
            {VERIFICATION_RULE}
            {view.runsWithoutStartTime ? ` ${startTimeNote(view.runsWithoutStartTime)}` : ''}
          </p>
          <div className="divide-y divide-slate-200">
            {phases.map((phase, i) => (
              <PhaseSection
                key={phase.id}
                projectId={projectId}
                phase={phase}
                index={i}
                phases={phaseRefs}
                verification={view.verification}
                criteria={view.criteria}
                runLabels={runLabels}
                runs={runs}
                editable={editable}
              />
            ))}
          </div>
        </>
      )}
      {editable && (
        <div className="mt-4 border-t border-slate-100 pt-4">
          {addingPhase ? (
            <PhaseForm projectId={projectId} onDone={() => setAddingPhase(false)} />
          ) : (
            <Button type="button" variant="secondary" onClick={() => setAddingPhase(true)}>
              + Add phase
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
