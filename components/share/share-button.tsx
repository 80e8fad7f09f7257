'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ShareRequest } from '@/lib/view/share/request';
import { ShareDialog } from './share-dialog';

/** "Share": opens the dialog that creates a read-only link to `request` (what POST /api/shares gets). */
export function ShareButton({ request, what }: { request: ShareRequest; what: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        <ShareIcon /> Share
      </Button>
      {open && <ShareDialog request={request} what={what} onClose={() => setOpen(false)} />}
    </>
  );
}

function ShareIcon() {
  return (
    <svg
      aria-hidden
      width={16}
      height={16}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
    </svg>
  );
}
