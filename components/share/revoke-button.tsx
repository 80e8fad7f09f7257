'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Modal } from '@/components/ui/modal';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';

/** Revoke (confirmed) -> DELETE /api/shares/:id -> the table again, the link now "revoked". */
export function RevokeButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setPending(true);
    setError(null);
    try {
      await apiSend('DELETE', `/api/shares/${encodeURIComponent(id)}`);
      setConfirming(false);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const close = () => {
    if (pending) return;
    setConfirming(false);
    setError(null);
  };
  // The dialog sits in the DOM where the button is: text-left keeps it off the table cell's alignment.
  return (
    <span className="inline-block text-left">
      <Button
        type="button"
        variant="secondary"
        className="px-2.5 py-1.5 text-bad hover:bg-red-50"
        onClick={() => setConfirming(true)}
      >
        Revoke
      </Button>
      <Modal
        open={confirming}
        onClose={close}
        title={`Revoke the link to “${title}”?`}
        description={
          'Anyone who opens it from now on sees that the link does not work. ' +
          'This cannot be undone: share again for a new link.'
        }
        footer={
          <>
            <Button type="button" variant="secondary" onClick={close} disabled={pending} autoFocus>
              Cancel
            </Button>
            <Button type="button" variant="danger" onClick={revoke} disabled={pending}>
              {pending ? 'Revoking…' : 'Revoke link'}
            </Button>
          </>
        }
      >
        <RequestError error={error} />
      </Modal>
    </span>
  );
}
