'use client';
import { useState } from 'react';
import { revokeInvitation } from '@/components/api/accounts';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatUtc } from '@/lib/domain/format/cells';
import type { InvitationInfo } from '@/lib/domain/shapes/auth';
import { invitationStatus, type InvitationStatus } from '@/lib/view/auth/accounts';
import type { ProjectChoice } from './project-roles-dialog';
import { STACKED } from './stacked-table';
import { useChange } from './use-change';

const TH = STACKED.th;
const TD = `${STACKED.td} align-middle`;
const TONE = { open: 'brand', used: 'ok', revoked: 'neutral', expired: 'neutral' } as const;

/** Invitations, newest first, with their state at `now` (ISO, from the server so both renders agree);
 *  open ones can be revoked (after a confirmation). */
export function InvitationTable({
  invitations,
  projects,
  now,
}: {
  invitations: InvitationInfo[];
  projects: ProjectChoice[];
  now: string;
}) {
  const [revoking, setRevoking] = useState<InvitationInfo | null>(null);
  if (invitations.length === 0) return <p className="text-sm text-slate-600">No invitations yet.</p>;
  const projectName = (id: string | null) => projects.find((p) => p.id === id)?.name ?? id;
  return (
    <>
      <div className="overflow-x-auto">
        <table aria-label="Invitations" className={`${STACKED.table} sm:min-w-[44rem]`}>
          <thead className={STACKED.thead}>
            <tr>
              <th className={TH}>E-mail</th>
              <th className={TH}>Role</th>
              <th className={TH}>Invited by</th>
              <th className={TH}>Expires</th>
              <th className={TH}>State</th>
              <th className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className={STACKED.tbody}>
            {invitations.map((i) => {
              const status: InvitationStatus = invitationStatus(i, new Date(now));
              return (
                <tr
                  key={i.id}
                  className={`${STACKED.tr} sm:h-12 ${status === 'open' ? 'text-slate-800' : 'text-slate-500'}`}
                >
                  <td className={`${TD} font-medium wrap-anywhere`}>{i.email}</td>
                  <td className={TD}>
                    <span className={STACKED.label}>Role</span>
                    <div>
                      {i.role}
                      {i.projectId && i.projectRole && (
                        <span className="block text-xs text-slate-500">
                          {i.projectRole} of {projectName(i.projectId)}
                        </span>
                      )}
                    </div>
                  </td>
                  <td className={TD}>
                    <span className={STACKED.label}>Invited by</span>
                    <div>
                      {i.createdBy}
                      <span className="num block text-xs text-slate-500">{formatUtc(i.createdAt)}</span>
                    </div>
                  </td>
                  <td className={`${TD} num text-xs whitespace-nowrap`}>
                    <span className={STACKED.label}>Expires</span>
                    {formatUtc(i.expiresAt)}
                  </td>
                  <td className={TD}>
                    <span className={STACKED.label}>State</span>
                    <Badge tone={TONE[status]}>{status}</Badge>
                  </td>
                  <td className={`${TD} text-right max-sm:empty:hidden`}>
                    {status === 'open' && (
                      <Button
                        type="button"
                        variant="secondary"
                        className="px-2.5 py-1"
                        onClick={() => setRevoking(i)}
                        aria-label={`Revoke the invitation of ${i.email}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {revoking && <RevokeDialog invitation={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function RevokeDialog({ invitation, onClose }: { invitation: InvitationInfo; onClose: () => void }) {
  const { busy, error, run } = useChange();
  return (
    <ConfirmDialog
      title={`Revoke the invitation of ${invitation.email}?`}
      description="The link stops working at once. To invite them again, create a new invitation."
      confirmLabel="Revoke invitation"
      busyLabel="Revoking…"
      busy={busy}
      error={error}
      onConfirm={() => void run(() => revokeInvitation(invitation.id)).then((ok) => ok && onClose())}
      onClose={onClose}
    />
  );
}
