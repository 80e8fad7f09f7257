'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiErrorMessage } from '@/components/run/api-error';
import { Modal } from '@/components/run/modal';
import { Button } from '@/components/ui/button';

/** Confirms, then DELETE /api/criteria-sets/:id. Sign-offs keep their copies of the set's name and results. */
export function DeleteSetDialog({ setId, name, onClose }: { setId: string; name: string; onClose: () => void }) {
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setDeleting(true);
    setError(null);
    try {
      const response = await fetch(`/api/criteria-sets/${encodeURIComponent(setId)}`, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(await apiErrorMessage(response));
      router.refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setDeleting(false);
    }
  }

  return (
    <Modal
      open
      onClose={() => !deleting && onClose()}
      title={`Delete “${name}”?`}
      description="The criteria set and its criteria go; roadmap items lose their links to them. Sign-offs stay, with their copy of the verdict."
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} disabled={deleting} autoFocus>Cancel</Button>
          <Button type="button" variant="danger" onClick={remove} disabled={deleting}>{deleting ? 'Deleting…' : 'Delete criteria set'}</Button>
        </>
      }
    >
      {error && <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-bad">{error}</p>}
    </Modal>
  );
}
