'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDelete } from '@/components/ui/use-delete';
import { deletionConfirm, deletionDescription, deletionTitle, type ProjectDeletion } from './delete-project-words';

/** "Delete project": confirms (naming how many runs go with it), DELETE /api/projects/:id, then /projects. */
export function DeleteProjectButton({ projectId, ...project }: ProjectDeletion & { projectId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" className="text-bad hover:bg-red-50" onClick={() => setOpen(true)}>
        Delete project
      </Button>
      {open && <DeleteProjectDialog projectId={projectId} project={project} onClose={() => setOpen(false)} />}
    </>
  );
}

function DeleteProjectDialog({
  projectId,
  project,
  onClose,
}: {
  projectId: string;
  project: ProjectDeletion;
  onClose: () => void;
}) {
  const router = useRouter();
  const { busy, error, remove } = useDelete(`/api/projects/${encodeURIComponent(projectId)}`);
  return (
    <ConfirmDialog
      title={deletionTitle(project)}
      description={deletionDescription(project)}
      confirmLabel={deletionConfirm(project)}
      busy={busy}
      error={error}
      onConfirm={() => remove(() => (router.replace('/projects'), router.refresh()))}
      onClose={onClose}
    />
  );
}
