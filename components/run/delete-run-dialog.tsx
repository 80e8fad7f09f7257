'use client';
import { useRouter } from 'next/navigation';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDelete } from '@/components/ui/use-delete';

interface Props {
  runId: string;
  label: string;
  fileCount: number;
  onClose: () => void;
}

export function DeleteRunDialog({ runId, label, fileCount, onClose }: Props) {
  const router = useRouter();
  const { busy, error, remove } = useDelete(`/api/runs/${encodeURIComponent(runId)}`);
  return (
    <ConfirmDialog
      title={`Delete “${label}”?`}
      description={
        <>
          This permanently removes the run, its statistics and time series, and the{' '}
          {fileCount === 1 ? 'original file' : `${fileCount} original files`}. It cannot be undone.
        </>
      }
      confirmLabel="Delete run"
      busy={busy}
      error={error}
      onConfirm={() => remove(() => (router.replace('/runs'), router.refresh()))}
      onClose={onClose}
    />
  );
}
