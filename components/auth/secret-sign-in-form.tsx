'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { useSignIn } from './use-sign-in';

/** The admin secret and a name for the records (break-glass); on success a full page load of `next`. */
export function SecretSignInForm({ next, autoFocus }: { next: string; autoFocus: boolean }) {
  const ids = { secret: useId(), name: useId(), nameHint: useId(), others: useId(), error: useId() };
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('admin');
  const [endOtherSessions, setEndOtherSessions] = useState(false);
  const { busy, error, submit } = useSignIn('secret', next);

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ secret, name: name.trim() || 'admin', endOtherSessions });
  }

  return (
    <form onSubmit={send} className="mt-4 space-y-4" aria-describedby={error ? ids.error : undefined}>
      <div>
        <label htmlFor={ids.secret} className={LABEL}>
          Admin secret
        </label>
        <input
          id={ids.secret}
          type="password"
          autoComplete="off"
          required
          autoFocus={autoFocus}
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
          Recorded, with “(admin secret)”, on what you do while signed in and in the audit log.
        </p>
      </div>
      <label htmlFor={ids.others} className="flex items-start gap-2 text-sm text-slate-700">
        <input
          id={ids.others}
          type="checkbox"
          className="mt-0.5 h-4 w-4 rounded border-slate-300 accent-brand-600"
          checked={endOtherSessions}
          onChange={(e) => setEndOtherSessions(e.target.checked)}
        />
        <span>End every other admin-secret session</span>
      </label>
      <RequestError id={ids.error} error={error} />
      <Button type="submit" variant="secondary" className="w-full" disabled={busy || secret === ''}>
        {busy ? 'Signing in…' : 'Sign in with the admin secret'}
      </Button>
    </form>
  );
}
