'use client';
// A criteria set's card with its actions: Edit swaps the card's body for the criteria editor
// (prefilled); Delete and Sign off open dialogs. The body itself is rendered on the server.
import { useState, type ReactNode } from 'react';
import { CriteriaEditor } from '@/components/criteria/criteria-editor';
import type { RunOption } from '@/components/criteria/criteria-fields';
import { DeleteSetDialog } from '@/components/criteria/delete-set-dialog';
import { SignOffDialog } from '@/components/criteria/sign-off-dialog';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { StoredCriteriaSet, VerdictName } from '@/lib/domain/criteria/types';

interface Props {
  projectId: string;
  set: StoredCriteriaSet;
  /** Baseline choices for the editor (the project's runs, and the set's own baseline if elsewhere). */
  runOptions: RunOption[];
  endpoints: string[];
  /** The project's runs with this set's evaluated verdict on each, for signing off. */
  signOffRuns: { id: string; label: string; verdict: VerdictName }[];
  /** The run shown on the page: signed off by default. */
  selectedRunId: string | null;
  children: ReactNode;
  /** Shared link: the card without its actions. */
  readOnly?: boolean;
}

export function SetCardShell({
  projectId,
  set,
  runOptions,
  endpoints,
  signOffRuns,
  selectedRunId,
  children,
  readOnly = false,
}: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete' | 'sign-off'>('view');
  if (mode === 'edit') {
    return (
      <Card title={`Edit “${set.name}”`} className="scroll-mt-6">
        <CriteriaEditor
          projectId={projectId}
          setId={set.id}
          initial={set}
          runs={runOptions}
          endpoints={endpoints}
          onDone={() => setMode('view')}
        />
      </Card>
    );
  }
  const actions = (
    <div className="flex gap-2">
      <Button variant="secondary" className="px-2.5 py-1.5" onClick={() => setMode('edit')}>
        Edit
      </Button>
      <Button variant="secondary" className="px-2.5 py-1.5" onClick={() => setMode('delete')}>
        Delete
      </Button>
      <Button
        className="px-2.5 py-1.5"
        onClick={() => setMode('sign-off')}
        disabled={signOffRuns.length === 0}
        title={signOffRuns.length === 0 ? 'Upload a run to sign off' : undefined}
      >
        Sign off
      </Button>
    </div>
  );
  return (
    <>
      <Card title={set.name} actions={readOnly ? undefined : actions}>
        {children}
      </Card>
      {mode === 'delete' && <DeleteSetDialog setId={set.id} name={set.name} onClose={() => setMode('view')} />}
      {mode === 'sign-off' && selectedRunId && (
        <SignOffDialog
          setId={set.id}
          setName={set.name}
          runs={signOffRuns}
          defaultRunId={selectedRunId}
          onClose={() => setMode('view')}
        />
      )}
    </>
  );
}
