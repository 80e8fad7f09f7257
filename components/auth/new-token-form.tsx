'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import type { Role } from '@/lib/domain/shapes/auth';
import { uploadCommand } from '@/lib/view/auth/messages';
import { copyText } from '@/components/ui/copy-text';
import { RequestError } from '@/components/ui/request-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';

interface Issued {
  name: string;
  token: string;
}

/** Creates an API token; the token is shown here once (only its hash is stored), until dismissed. */
export function NewTokenForm({ server }: { server: string }) {
  const router = useRouter();
  const ids = { name: useId(), role: useId(), error: useId() };
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [, startRefresh] = useTransition();

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = await apiSend<{ id: string; token: string }>('POST', '/api/tokens', { name: name.trim(), role });
      setIssued({ name: name.trim(), token: body.token });
      setCopied(null);
      setName('');
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const copy = (token: string) =>
    copyText(token).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );

  return (
    <div className="space-y-4">
      <form
        onSubmit={create}
        className="flex flex-wrap items-end gap-3"
        aria-describedby={error ? ids.error : undefined}
      >
        <div className="min-w-56 flex-1">
          <label htmlFor={ids.name} className={LABEL}>
            Name
          </label>
          <input
            id={ids.name}
            className={FIELD}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={100}
            placeholder="CI: nightly load test"
          />
        </div>
        <div>
          <label htmlFor={ids.role} className={LABEL}>
            Role
          </label>
          <select id={ids.role} className={FIELD} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="editor">editor: read and upload, change, delete</option>
            <option value="viewer">viewer: read only</option>
          </select>
        </div>
        <Button type="submit" disabled={busy || name.trim() === ''}>
          {busy ? 'Creating…' : 'Create token'}
        </Button>
      </form>
      <RequestError id={ids.error} error={error} />
      {issued && (
        <div role="status" className="space-y-3 rounded-lg border border-green-200 bg-green-50/60 p-4">
          <p className="text-sm font-medium text-slate-900">Token “{issued.name}” created.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              aria-label="The new API token"
              className={[
                'min-w-0 flex-1 rounded-md border border-slate-200 bg-white px-3 py-2',
                'font-mono text-sm break-all text-slate-900 select-all',
              ].join(' ')}
            >
              {issued.token}
            </code>
            <Button type="button" variant="secondary" onClick={() => copy(issued.token)}>
              Copy
            </Button>
            <span aria-live="polite" className="text-sm text-slate-600">
              {copied === 'copied'
                ? 'Copied to the clipboard'
                : copied === 'failed'
                  ? 'Could not copy: select the token and copy it'
                  : ''}
            </span>
          </div>
          <p className="text-sm text-warn">Copy it now: it will not be shown again. Only a hash of it is stored.</p>
          <p className="text-xs text-slate-600">
            In CI: <code className="font-mono">{uploadCommand(server)}</code> with the token in{' '}
            <code className="font-mono">SWARMLENS_TOKEN</code>.
          </p>
          <Button type="button" variant="ghost" onClick={() => setIssued(null)}>
            Done, hide the token
          </Button>
        </div>
      )}
    </div>
  );
}
