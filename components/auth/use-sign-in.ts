'use client';
// One sign-in request for the sign-in forms: busy while it runs, the reason in words when it fails
// (lib/view/auth/messages.ts), and on success a full page load of `next` (already a local path).
import { useState } from 'react';
import { signIn, type SignInInput } from '@/components/api/accounts';
import { ApiError, errorMessage, NETWORK } from '@/components/api/errors';
import { signInErrorText, type SignInKind } from '@/lib/view/auth/messages';

export function useSignIn(kind: SignInKind, next: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(input: SignInInput) {
    setBusy(true);
    setError(null);
    try {
      await signIn(input);
      // A full load, not a client navigation: the root layout (account menu) must render anew.
      window.location.assign(next);
    } catch (e) {
      if (!(e instanceof ApiError) || e.code === NETWORK) setError(errorMessage(e));
      else {
        const body = e.code === null ? null : { error: { code: e.code, message: e.message, details: e.details } };
        setError(signInErrorText(e.status, body, kind));
      }
      setBusy(false);
    }
  }

  return { busy, error, submit };
}
