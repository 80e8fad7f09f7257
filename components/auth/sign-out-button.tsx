'use client';
import { useState } from 'react';
import { signOut } from '@/components/api/accounts';

const LOOK =
  'rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:text-slate-400';

/** Ends the session, then a full load of /sign-in so no page of the session stays in the router cache.
 *  `className` replaces the look (a menu item's). */
export function SignOutButton({ className = LOOK }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function end() {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
      window.location.assign('/sign-in');
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      onClick={end}
      disabled={busy}
      title={failed ? 'Signing out failed: try again' : undefined}
      className={className}
    >
      {busy ? 'Signing out…' : failed ? 'Sign out (failed, retry)' : 'Sign out'}
    </button>
  );
}
