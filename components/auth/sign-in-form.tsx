'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { signInErrorText } from '@/lib/auth-view/messages';
import { FIELD } from '@/components/ui/form-styles';

/** The admin secret and a name for the records; on success a full page load of `next` (already checked to be a local path). */
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
      const response = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ secret, name: name.trim() || 'admin' }),
      });
      if (!response.ok) {
        setError(signInErrorText(response.status, await response.json().catch(() => null)));
        setBusy(false);
        return;
      }
      // A full load, not a client navigation: the root layout (nav, caller's name) must render anew.
      window.location.assign(next);
    } catch (e) {
      setError(`Could not reach the server: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
      <div>
        <label htmlFor={ids.secret} className="text-sm font-medium text-slate-700">Admin secret</label>
        <input
          id={ids.secret} type="password" autoComplete="current-password" required autoFocus className={FIELD}
          value={secret} onChange={(e) => setSecret(e.target.value)} aria-invalid={error ? true : undefined}
        />
      </div>
      <div>
        <label htmlFor={ids.name} className="text-sm font-medium text-slate-700">Your name</label>
        <input
          id={ids.name} autoComplete="name" maxLength={100} className={FIELD} aria-describedby={ids.nameHint}
          value={name} onChange={(e) => setName(e.target.value)}
        />
        <p id={ids.nameHint} className="mt-1 text-xs text-slate-500">Recorded on what you do while signed in, such as sign-offs, share links and API tokens.</p>
      </div>
      {error && (
        <p id={ids.error} role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-bad">{error}</p>
      )}
      <Button type="submit" className="w-full" disabled={busy || secret === ''}>{busy ? 'Signing in…' : 'Sign in'}</Button>
    </form>
  );
}
