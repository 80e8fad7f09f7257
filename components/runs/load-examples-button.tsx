'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';

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
      const res = await fetch('/api/examples', { method: 'POST' });
      const body = (await res.json().catch(() => null)) as { compareUrl?: string; error?: { message?: string } } | null;
      if (!res.ok) throw new Error(body?.error?.message ?? `the server answered ${res.status}`);
      startTransition(() => (body?.compareUrl ? router.push(body.compareUrl) : router.refresh()));
    } catch (e) {
      setError(`The example runs could not be loaded: ${e instanceof Error ? e.message : String(e)}.`);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div>
      <Button variant="secondary" onClick={load} disabled={busy} className="cursor-pointer">
        {busy && <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" />}
        {busy ? 'Loading example runs…' : 'Load example runs'}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
