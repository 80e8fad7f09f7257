'use client';
import { useState } from 'react';
import { apiSend } from '@/components/api/client';

/** Ends the session, then a full load of /sign-in so no page of the session stays in the router cache. */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setBusy(true);
    setFailed(false);
    try {
      await apiSend('POST', '/api/auth/sign-out');
      window.location.assign('/sign-in');
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      onClick={signOut}
      disabled={busy}
      title={failed ? 'Signing out failed: try again' : undefined}
      className={[
        'rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100',
        'hover:text-slate-900 disabled:text-slate-400',
      ].join(' ')}
    >
      {busy ? 'Signing out…' : failed ? 'Sign out (failed, retry)' : 'Sign out'}
    </button>
  );
}
