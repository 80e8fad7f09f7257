'use client';
import { useState } from 'react';
import { signOutEverywhere } from '@/components/api/accounts';
import { errorMessage } from '@/components/api/errors';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** "Sign out everywhere?": ends every session of the caller's account (the admin secret's: every session
 *  signed in with it), this one included, then a full load of /sign-in. API tokens keep working. */
export function SignOutEverywhereDialog({
  name,
  secret,
  onClose,
}: {
  name: string;
  secret: boolean;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function end() {
    setBusy(true);
    setError(null);
    try {
      await signOutEverywhere();
      window.location.assign('/sign-in');
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title="Sign out everywhere?"
      description={
        <>
          {secret
            ? 'Ends every session signed in with the admin secret, on every device and browser, this one included.'
            : `Ends every session of ${name}, on every device and browser, this one included.`}{' '}
          API tokens keep working: revoke them on the API tokens page.
        </>
      }
      confirmLabel="Sign out everywhere"
      busyLabel="Signing out…"
      busy={busy}
      error={error}
      onConfirm={end}
      onClose={onClose}
    />
  );
}
