'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';

/** Stores the demo project (POST /api/examples), then opens the comparison of its runs. */
export function LoadExamplesButton() {
  const router = useRouter();
  const [loading, setLoading] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const busy = loading || refreshing;

  async function load() {
    setLoading(true);
    setError(null);
    try {
      const body = await apiSend<{ compareUrl?: string } | null>('POST', '/api/examples');
      startTransition(() => (body?.compareUrl ? router.push(body.compareUrl) : router.refresh()));
    } catch (e) {
      setError(`The example runs could not be loaded: ${errorMessage(e)}.`);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div>
      <Button variant="secondary" onClick={load} disabled={busy} className="cursor-pointer">
        {busy && (
          <span
            aria-hidden
            className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
          />
        )}
        {busy ? 'Loading example runs…' : 'Load example runs'}
      </Button>
      <RequestError error={error} variant="text" className="mt-2" />
    </div>
  );
}
