'use client';
import { useId, useState, type FormEvent } from 'react';
import { apiSend } from '@/components/api/client';
import { ApiError, errorMessage, NETWORK } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { signInErrorText } from '@/lib/view/auth/messages';
import { FIELD, LABEL } from '@/components/ui/form-styles';

/** The admin secret and a name for the records; on success a full page load of `next`
 *  (already checked to be a local path). */
export function SignInForm({ next }: { next: string }) {
  const ids = { secret: useId(), name: useId(), nameHint: useId(), error: useId() };
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('admin');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiSend('POST', '/api/auth/sign-in', { secret, name: name.trim() || 'admin' });
      // A full load, not a client navigation: the root layout (nav, caller's name) must render anew.
      window.location.assign(next);
    } catch (e) {
      if (!(e instanceof ApiError) || e.code === NETWORK) setError(errorMessage(e));
      else
        setError(signInErrorText(e.status, e.code === null ? null : { error: { code: e.code, message: e.message } }));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
      <div>
        <label htmlFor={ids.secret} className={LABEL}>
          Admin secret
        </label>
        <input
          id={ids.secret}
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          className={FIELD}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div>
        <label htmlFor={ids.name} className={LABEL}>
          Your name
        </label>
        <input
          id={ids.name}
          autoComplete="name"
          maxLength={100}
          className={FIELD}
          aria-describedby={ids.nameHint}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={ids.nameHint} className="mt-1 text-xs text-slate-500">
          Recorded on what you do while signed in, such as sign-offs, share links and API tokens.
        </p>
      </div>
      <RequestError id={ids.error} error={error} />
      <Button type="submit" className="w-full" disabled={busy || secret === ''}>
        {busy ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
