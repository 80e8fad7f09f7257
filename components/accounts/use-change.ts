'use client';
// One change of the accounts page at a time per control: busy while it runs, the server's message when it
// fails, and the page's data read again (router.refresh) when it succeeded.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { errorMessage } from '@/components/api/errors';

export function useChange() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();

  /** Runs `send`; true when it succeeded. */
  async function run(send: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await send();
      startRefresh(() => router.refresh());
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run, clearError: () => setError(null) };
}
