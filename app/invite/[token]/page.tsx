import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { Card } from '@/components/ui/card';
import { closedInviteText, inviteSentence } from '@/lib/view/auth/accounts';
import { oidcSettings } from '@/lib/server/auth/oidc-settings';
import { invitationByToken } from '@/lib/server/services/invitation-service';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false } };

/** The single sign-on provider's name, or null when it is not configured (or set wrongly). */
function singleSignOnName(): string | null {
  try {
    return oidcSettings()?.displayName ?? null;
  } catch {
    return null;
  }
}

/** Public (the token is the credential): who is invited as what, and the form that makes the account. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await invitationByToken(token);
  const closed = closedInviteText(invite?.status ?? 'unknown', invite?.expiresAt ?? null);
  const sso = singleSignOnName();
  return (
    <div className="mx-auto max-w-md space-y-6 pt-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Join Swarmlens</h1>
        {invite && !closed && (
          <p className="mt-1 text-sm text-slate-700">
            {inviteSentence(invite)} Choose your name and a password to make the account; the link works until{' '}
            {invite.expiresAt.slice(0, 10)}.
          </p>
        )}
      </header>
      <Card>
        {invite && !closed ? (
          <>
            <AcceptInvitationForm token={token} email={invite.email} />
            {sso && (
              <p className="mt-4 border-t border-slate-100 pt-4 text-sm text-slate-600">
                Or{' '}
                <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
                  sign in with {sso}
                </Link>{' '}
                using {invite.email}: the invitation applies to that e-mail address.
              </p>
            )}
          </>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-700">{closed}</p>
            <Link href="/sign-in" className="inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
              Go to sign-in →
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
