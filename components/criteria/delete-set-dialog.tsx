'use client';
import { useRouter } from 'next/navigation';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDelete } from '@/components/ui/use-delete';

/** Confirms, then DELETE /api/criteria-sets/:id. Sign-offs keep their copies of the set's name and results. */
export function DeleteSetDialog({ setId, name, onClose }: { setId: string; name: string; onClose: () => void }) {
  const router = useRouter();
  const { busy, error, remove } = useDelete(`/api/criteria-sets/${encodeURIComponent(setId)}`);
  return (
    <ConfirmDialog
      title={`Delete “${name}”?`}
      description={
        'The criteria set and its criteria go; roadmap items lose their links to them. ' +
        'Sign-offs stay, with their copy of the verdict.'
      }
      confirmLabel="Delete criteria set"
      busy={busy}
      error={error}
      onConfirm={() => remove(() => (router.refresh(), onClose()))}
      onClose={onClose}
    />
  );
}
