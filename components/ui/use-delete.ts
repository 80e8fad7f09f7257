'use client';
// DELETE a resource for a confirm dialog: busy while it runs, the server's message on failure. A 404
// counts as done (someone else deleted it first).
import { useState } from 'react';
import { apiSend } from '@/components/api/client';
import { ApiError, errorMessage } from '@/components/api/errors';

export function useDelete(url: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(onDone: () => void) {
    setBusy(true);
    setError(null);
    try {
      await apiSend('DELETE', url).catch((e: unknown) => {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return { busy, error, remove };
}
