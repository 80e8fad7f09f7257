'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { SecretSignInForm } from './secret-sign-in-form';
import { useSignIn } from './use-sign-in';

/** An account's e-mail and password; below it, collapsed unless `secretOpen`, signing in with the
 *  admin secret (break-glass) when `secret` (SWARMLENS_ADMIN_SECRET is set). */
export function SignInForm({ next, secret, secretOpen }: { next: string; secret: boolean; secretOpen: boolean }) {
  const ids = { email: useId(), password: useId(), everywhere: useId(), error: useId() };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [endOtherSessions, setEndOtherSessions] = useState(false);
  const { busy, error, submit } = useSignIn('password', next);

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ email: email.trim(), password, endOtherSessions });
  }

  return (
    <div className="space-y-5">
      <form onSubmit={send} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
        <div>
          <label htmlFor={ids.email} className={LABEL}>
            E-mail
          </label>
          <input
            id={ids.email}
            type="email"
            autoComplete="username"
            required
            autoFocus={!secretOpen}
            maxLength={320}
            className={FIELD}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div>
          <label htmlFor={ids.password} className={LABEL}>
            Password
          </label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            required
            className={FIELD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <label htmlFor={ids.everywhere} className="flex items-start gap-2 text-sm text-slate-700">
          <input
            id={ids.everywhere}
            type="checkbox"
            className="mt-0.5 h-4 w-4 rounded border-slate-300 accent-brand-600"
            checked={endOtherSessions}
            onChange={(e) => setEndOtherSessions(e.target.checked)}
          />
          <span>
            Sign me out everywhere else
            <span className="block text-xs text-slate-500">Ends this account’s sessions on other devices.</span>
          </span>
        </label>
        <RequestError id={ids.error} error={error} />
        <Button type="submit" className="w-full" disabled={busy || email.trim() === '' || password === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {secret && (
        <details open={secretOpen} className="rounded-lg border border-slate-200 px-4 py-3 open:pb-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700 hover:text-slate-900">
            Sign in with the admin secret
          </summary>
          <p className="mt-2 text-xs text-slate-500">
            Break-glass access with <code className="font-mono">SWARMLENS_ADMIN_SECRET</code>: an admin session under
            the name you give, for setting up the first accounts or when no admin can sign in.
          </p>
          <SecretSignInForm next={next} autoFocus={secretOpen} />
        </details>
      )}
    </div>
  );
}
