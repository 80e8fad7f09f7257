'use client';
import type { ReactNode } from 'react';
import { Modal } from '@/components/ui/modal';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';

interface Props {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
  /** The confirm button's text while busy. */
  busyLabel?: string;
}

/** "Delete …?" with Cancel and a red confirm button. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
  busyLabel = 'Deleting…',
}: Props) {
  return (
    <Modal
      open
      onClose={() => !busy && onClose()}
      title={title}
      description={description}
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} disabled={busy} autoFocus>
            Cancel
          </Button>
          <Button type="button" variant="danger" onClick={onConfirm} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </Button>
        </>
      }
    >
      <RequestError error={error} />
    </Modal>
  );
}
