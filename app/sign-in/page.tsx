import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoButton } from '@/components/auth/sso-button';
import { Card } from '@/components/ui/card';
import { RequestError } from '@/components/ui/request-error';
import { localPath } from '@/lib/view/auth/next-path';
import { ssoErrorText } from '@/lib/view/auth/sso-errors';
import { oidcSettings } from '@/lib/server/auth/oidc-settings';
import { callerIdentity } from '@/lib/server/http/caller';
import { adminSecret, authEnabled } from '@/lib/server/services/auth-service';
import { hasAccounts } from '@/lib/server/services/user-admin-service';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The single sign-on provider's name, or null when it is not configured (or configured wrongly: the
 *  sign-in itself then names the wrong setting). */
function singleSignOnName(): string | null {
  try {
    return oidcSettings()?.displayName ?? null;
  } catch {
    return 'single sign-on';
  }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const next = localPath(query.next);
  const on = authEnabled();
  // proxy.ts sets the header only for a valid session or token when access control is on.
  const caller = on ? callerIdentity(await headers()) : null;
  const secret = adminSecret() !== null;
  const sso = singleSignOnName();
  const ssoError = ssoErrorText(query.error, query.email, sso);
  // No account yet (a new instance): the admin secret is the way in, so its form starts open.
  const firstRun = on && secret && !(await hasAccounts());
  const intro =
    `This Swarmlens instance requires sign-in with an account’s e-mail and password${sso ? ` or with ${sso}` : ''}.` +
    (secret ? ' The admin secret is set too, for break-glass access.' : '');
  return (
    <div className="mx-auto max-w-md space-y-6 pt-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600">{on ? intro : 'Access control is off on this instance.'}</p>
      </header>
      {!on ? (
        <Card>
          <p className="text-sm text-slate-700">
            No admin secret or single sign-on is set, so there is nothing to sign in to: everyone who can reach this
            instance can use it. Set <code className="font-mono text-xs">SWARMLENS_ADMIN_SECRET</code> and restart to
            require sign-in.
          </p>
          <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
            Go to Swarmlens →
          </Link>
        </Card>
      ) : (
        <Card>
          {caller && (
            <p className="mb-4 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
              You are signed in as <strong>{caller.name}</strong>
              {caller.userId === null ? '' : ` (${caller.role})`}.{' '}
              <Link href={next} className="font-medium text-brand-600 hover:text-brand-700">
                Continue
              </Link>
              , or sign in again as someone else.
            </p>
          )}
          {firstRun && (
            <p className="mb-4 text-sm text-slate-600">
              No account exists yet: sign in with the admin secret, then invite people under Accounts.
            </p>
          )}
          {/* Single sign-on: why the last one did not sign in (/sign-in?error=CODE), and the provider's button. */}
          <RequestError error={ssoError} className="mb-4" />
          {sso && (
            <div className="mb-4">
              <SsoButton displayName={sso} next={next} />
            </div>
          )}
          <SignInForm next={next} secret={secret} secretOpen={firstRun} />
        </Card>
      )}
    </div>
  );
}
