'use client';
// DELETE a resource for a confirm dialog: busy while it runs, the server's message on failure. A 404
// counts as done (someone else deleted it first).
import { useState } from 'react';
import { apiErrorMessage } from '@/components/run/api-error';

export function useDelete(url: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(onDone: () => void) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(url, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(await apiErrorMessage(response));
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return { busy, error, remove };
}
