'use client';
// A page that failed: production hides server errors' messages, so this asks /api/health whether
// the database is the cause and says so (with what to do) instead of a generic crash.
import { useEffect, useState } from 'react';

interface Health {
  ok: boolean;
  db?: string;
  error?: string;
  /** "warming": the database answers; the worker has only just started. */
  reason?: string;
}

export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    fetch('/api/health', { cache: 'no-store' })
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth, () => setHealth({ ok: false, error: 'the server does not answer' }));
  }, [error]);
  const dbDown = health !== null && !health.ok && health.reason !== 'warming';
  return (
    <main role="alert" className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-xl font-semibold text-slate-900">
        {dbDown ? 'The database is unavailable' : 'This page could not be shown'}
      </h1>
      <p className="mt-3 text-slate-700">
        {dbDown
          ? `${health.error ?? ''}`
          : health === null
            ? 'Checking the database…'
            : 'An unexpected error occurred; the server log has the details.'}
      </p>
      {error.digest && <p className="mt-2 text-xs text-slate-500">Error reference: {error.digest}</p>}
      <button
        type="button"
        onClick={retry}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </main>
  );
}
