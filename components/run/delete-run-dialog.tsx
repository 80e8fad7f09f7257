'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { apiErrorMessage } from './api-error';
import { Modal } from './modal';

interface Props {
  runId: string;
  label: string;
  fileCount: number;
  onClose: () => void;
}

export function DeleteRunDialog({ runId, label, fileCount, onClose }: Props) {
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setDeleting(true);
    setError(null);
    try {
      const response = await fetch(`/api/runs/${encodeURIComponent(runId)}`, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(await apiErrorMessage(response));
      router.replace('/runs');
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setDeleting(false);
    }
  }

  return (
    <Modal
      open
      onClose={() => !deleting && onClose()}
      title={`Delete “${label}”?`}
      description={
        <>
          This permanently removes the run, its statistics and time series, and the {fileCount === 1 ? 'original file' : `${fileCount} original files`}.
          It cannot be undone.
        </>
      }
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} disabled={deleting} autoFocus>Cancel</Button>
          <Button type="button" variant="danger" onClick={remove} disabled={deleting}>
            {deleting ? 'Deleting…' : 'Delete run'}
          </Button>
        </>
      }
    >
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-bad">
          {error}
        </p>
      )}
    </Modal>
  );
}
