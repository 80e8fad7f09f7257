'use client';
// "New criteria set": opens the criteria editor, empty, above the project's sets.
import { useState } from 'react';
import { CriteriaEditor, EMPTY_SET } from '@/components/criteria/criteria-editor';
import type { RunOption } from '@/components/criteria/criteria-fields';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export function NewSetButton({
  projectId,
  runs,
  endpoints,
}: {
  projectId: string;
  runs: RunOption[];
  endpoints: string[];
}) {
  const [open, setOpen] = useState(false);
  if (!open) return <Button onClick={() => setOpen(true)}>New criteria set</Button>;
  return (
    <Card title="New criteria set" className="w-full">
      <CriteriaEditor
        projectId={projectId}
        setId={null}
        initial={EMPTY_SET}
        runs={runs}
        endpoints={endpoints}
        onDone={() => setOpen(false)}
      />
    </Card>
  );
}
