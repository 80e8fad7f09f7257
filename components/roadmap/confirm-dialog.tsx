'use client';
import type { ReactNode } from 'react';
import { Modal } from '@/components/run/modal';
import { Button } from '@/components/ui/button';
import { RequestError } from './request-error';

interface Props {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Delete …?" with Cancel and a red confirm button. */
export function ConfirmDialog({ title, description, confirmLabel, busy, error, onConfirm, onClose }: Props) {
  return (
    <Modal
      open
      onClose={onClose}
      title={title}
      description={description}
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} autoFocus>Cancel</Button>
          <Button type="button" variant="danger" onClick={onConfirm} disabled={busy}>{busy ? 'Deleting…' : confirmLabel}</Button>
        </>
      }
    >
      <RequestError error={error} />
    </Modal>
  );
}
