'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import { ImportDialog } from './import-dialog';

/** Export / import the roadmap as a Markdown task list. */
export function RoadmapToolbar({ projectId, hasPhases }: { projectId: string; hasPhases: boolean }) {
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <p role="status" className="text-xs text-ok">
        {imported}
      </p>
      {hasPhases && (
        <a
          href={roadmapApi.markdown(projectId)}
          download="roadmap.md"
          className="rounded-lg px-2.5 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Export Markdown
        </a>
      )}
      <Button
        type="button"
        variant="secondary"
        className="px-2.5 py-1.5"
        onClick={() => {
          setImported(null);
          setImporting(true);
        }}
      >
        Import Markdown
      </Button>
      {importing && <ImportDialog projectId={projectId} onClose={() => setImporting(false)} onImported={setImported} />}
    </div>
  );
}
