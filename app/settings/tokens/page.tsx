import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NewTokenForm } from '@/components/auth/new-token-form';
import { TokenTable } from '@/components/auth/token-table';
import { Card } from '@/components/ui/card';
import { uploadCommand } from '@/lib/view/auth/messages';
import { callerIdentity } from '@/lib/server/http/caller';
import { authEnabled } from '@/lib/server/services/auth-service';
import { apiTokensFor } from '@/lib/server/services/token-service';

export const metadata: Metadata = { title: 'API tokens' };

/** The origin the browser used, for the example commands (behind a proxy: its forwarded host and scheme). */
async function serverUrl(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto =
    h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export default async function TokensPage() {
  const caller = callerIdentity(await headers());
  const [tokens, server] = await Promise.all([apiTokensFor(caller), serverUrl()]);
  const on = authEnabled();
  const whose = !on || caller?.role === 'admin' ? 'every token' : 'your tokens';
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">API tokens</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Scripts and CI jobs do not sign in; give each one its own token instead, and revoke it when it is no longer
          needed or may have leaked. A <strong>viewer</strong> token may only read; an <strong>editor</strong> token may
          also upload, change and delete — never more than the account that made it may, and it stops working when that
          account is disabled. This page lists {whose}.
        </p>
      </header>
      {!on && (
        <p className="max-w-3xl rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          Access control is off, so tokens are not needed yet: every request is allowed. Tokens created now start to
          matter once <code className="font-mono text-xs">SWARMLENS_ADMIN_SECRET</code> or single sign-on is set.
        </p>
      )}
      <Card title="How to use a token">
        <div className="space-y-2 text-sm text-slate-700">
          <p>
            Upload a run from CI with the command-line tool (it also reads the token from{' '}
            <code className="font-mono text-xs">SWARMLENS_TOKEN</code>):
          </p>
          <pre className="overflow-x-auto rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100">
            {uploadCommand(server, 'T')}
          </pre>
          <p>Or call the API with the header:</p>
          <pre className="overflow-x-auto rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100">
            {`curl -H "Authorization: Bearer T" ${server}/api/runs`}
          </pre>
        </div>
      </Card>
      <Card title="Create a token">
        <NewTokenForm server={server} />
      </Card>
      <Card title={`Tokens (${tokens.length})`}>
        <TokenTable tokens={tokens} />
      </Card>
    </div>
  );
}
