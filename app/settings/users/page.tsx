import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { InvitationForm } from '@/components/accounts/invitation-form';
import { InvitationTable } from '@/components/accounts/invitation-table';
import { UserTable } from '@/components/accounts/user-table';
import { Card } from '@/components/ui/card';
import { accountSummary, invitationStatus } from '@/lib/view/auth/accounts';
import { callerIdentity } from '@/lib/server/http/caller';
import { authEnabled } from '@/lib/server/services/auth-service';
import { listInvitations } from '@/lib/server/services/invitation-service';
import { listFilters } from '@/lib/server/services/runs-service';
import { listUsers } from '@/lib/server/services/user-admin-service';

export const metadata: Metadata = { title: 'Accounts' };

/** Admins only (proxy.ts: lib/server/auth/access.ts ADMIN_PATHS). */
export default async function UsersPage() {
  const caller = callerIdentity(await headers());
  const [users, invitations, { projects }] = await Promise.all([listUsers(), listInvitations(), listFilters()]);
  const now = new Date();
  const open = invitations.filter((i) => invitationStatus(i, now) === 'open').length;
  const choices = projects.map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Accounts</h1>
        <p className="mt-1 text-lg text-slate-800">{accountSummary(users, open)}.</p>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          An <strong>admin</strong> may do everything and manages accounts; an <strong>editor</strong> may also upload,
          change and delete; a <strong>viewer</strong> may only read. A role in a project replaces the account role
          there. People join through an invitation link.
        </p>
      </header>
      {!authEnabled() && (
        <p className="max-w-3xl rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          Access control is off, so accounts are not needed yet: every request is allowed. Accounts matter once{' '}
          <code className="font-mono text-xs">SWARMLENS_ADMIN_SECRET</code> or single sign-on is set.
        </p>
      )}
      <Card title={`Accounts (${users.length})`}>
        <UserTable users={users} projects={choices} selfId={caller?.userId ?? null} />
      </Card>
      <Card title="Invite someone">
        <InvitationForm projects={choices} />
      </Card>
      <Card title={`Invitations (${invitations.length})`}>
        <InvitationTable invitations={invitations} projects={choices} now={now.toISOString()} />
      </Card>
    </div>
  );
}
