'use client';
import { useId, useState, type FormEvent } from 'react';
import { acceptInvitation } from '@/components/api/accounts';
import { ApiError, errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from '@/lib/view/auth/accounts';

/** Name and password (twice) for the invited account; on success the account is signed in and a full
 *  page load of / follows (the header must show the new account). */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const ids = { name: useId(), password: useId(), repeat: useId(), hint: useId(), error: useId() };
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept(event: FormEvent) {
    event.preventDefault();
    const problem = passwordProblem(password, repeat);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation({ token, name: name.trim(), password });
      window.location.assign('/');
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 410
          ? 'This invitation was used, revoked or has expired in the meantime. Ask an admin for a new one.'
          : errorMessage(e),
      );
      setBusy(false);
    }
  }

  return (
    <form onSubmit={accept} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
      {/* For password managers: the account's user name is the e-mail. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <div>
        <label htmlFor={ids.name} className={LABEL}>
          Your name
        </label>
        <input
          id={ids.name}
          autoComplete="name"
          required
          autoFocus
          maxLength={100}
          className={FIELD}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={ids.password} className={LABEL}>
          Password
        </label>
        <input
          id={ids.password}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          aria-describedby={ids.hint}
          className={FIELD}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p id={ids.hint} className="mt-1 text-xs text-slate-500">
          {PASSWORD_MIN} to {PASSWORD_MAX} characters; a passphrase of a few words is easiest.
        </p>
      </div>
      <div>
        <label htmlFor={ids.repeat} className={LABEL}>
          Password, again
        </label>
        <input
          id={ids.repeat}
          type="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX}
          className={FIELD}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      <RequestError id={ids.error} error={error} />
      <Button type="submit" className="w-full" disabled={busy || name.trim() === '' || password === ''}>
        {busy ? 'Making the account…' : 'Make the account and sign in'}
      </Button>
    </form>
  );
}
