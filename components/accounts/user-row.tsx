'use client';
import { useState } from 'react';
import { updateUser } from '@/components/api/accounts';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { SMALL_FIELD } from '@/components/ui/form-styles';
import { formatUtc } from '@/lib/domain/format/cells';
import type { AccountRole, UserInfo } from '@/lib/domain/shapes/auth';
import { DisableDialog, EndSessionsDialog, UnbindDialog } from './user-dialogs';
import { ProjectRolesDialog, type ProjectChoice } from './project-roles-dialog';
import { STACKED } from './stacked-table';
import { useChange } from './use-change';

const TD = `${STACKED.td} align-middle`;
const SMALL_BUTTON = 'px-2.5 py-1';

/** How the account signs in: "password", "single sign-on", both, or neither yet. */
const methods = (u: UserInfo) =>
  [u.password ? 'password' : null, u.singleSignOn ? 'single sign-on' : null].filter(Boolean).join(' · ') ||
  'no way to sign in yet';

export function UserRow({ user, projects, self }: { user: UserInfo; projects: ProjectChoice[]; self: boolean }) {
  const role = useChange();
  const enable = useChange();
  const [pendingRole, setPendingRole] = useState<AccountRole | null>(null);
  const [dialog, setDialog] = useState<'disable' | 'end' | 'projects' | 'unbind' | null>(null);
  const disabled = user.disabledAt !== null;

  async function changeRole(next: AccountRole) {
    setPendingRole(next);
    await role.run(() => updateUser(user.id, { role: next }));
    setPendingRole(null);
  }

  return (
    <tr className={`${STACKED.tr} ${disabled ? 'text-slate-500' : 'text-slate-800'}`}>
      <td className={TD}>
        <div className="min-w-0">
          <div className="font-medium">
            {user.name}
            {self && <span className="ml-1.5 text-xs font-normal text-slate-500">(you)</span>}
          </div>
          <div className="text-xs wrap-anywhere text-slate-500">{user.email}</div>
          <div className="text-xs text-slate-500">
            {methods(user)}
            {user.singleSignOn && !self && (
              <button
                type="button"
                className="ml-2 text-brand-600 underline-offset-2 hover:underline"
                onClick={() => setDialog('unbind')}
              >
                unbind
              </button>
            )}
          </div>
        </div>
        {/* Here, not in the right-aligned actions cell: a <dialog> inherits its parent's text alignment. */}
        {dialog === 'disable' && <DisableDialog user={user} onClose={() => setDialog(null)} />}
        {dialog === 'end' && <EndSessionsDialog user={user} onClose={() => setDialog(null)} />}
        {dialog === 'unbind' && <UnbindDialog user={user} onClose={() => setDialog(null)} />}
        {dialog === 'projects' && (
          <ProjectRolesDialog user={user} projects={projects} onClose={() => setDialog(null)} />
        )}
      </td>
      <td className={TD}>
        <span className={STACKED.label}>Role</span>
        <div>
          <select
            aria-label={`Role of ${user.name}`}
            className={`${SMALL_FIELD} w-28`}
            value={pendingRole ?? user.role}
            disabled={role.busy || self}
            title={self ? 'Your own role is changed by another admin' : undefined}
            onChange={(e) => void changeRole(e.target.value as AccountRole)}
          >
            <option value="admin">admin</option>
            <option value="editor">editor</option>
            <option value="viewer">viewer</option>
          </select>
          <RequestError error={role.error} variant="text" size="xs" className="mt-1 max-w-56" />
        </div>
      </td>
      <td className={TD}>
        <span className={STACKED.label}>Project roles</span>
        {user.role === 'admin' ? (
          <span className="text-xs text-slate-500">every project (admin)</span>
        ) : (
          <div className="flex flex-wrap items-center gap-1.5">
            {user.projectRoles.length === 0 && <span className="text-xs text-slate-500">none</span>}
            {user.projectRoles.map((p) => (
              <Badge key={p.projectId} tone={p.role === 'editor' ? 'brand' : 'neutral'}>
                {p.projectName}: {p.role}
              </Badge>
            ))}
            <Button
              type="button"
              variant="ghost"
              className="px-2 py-0.5 text-xs"
              onClick={() => setDialog('projects')}
              aria-label={`Project roles of ${user.name}`}
            >
              Edit
            </Button>
          </div>
        )}
      </td>
      <td className={`${TD} num text-xs whitespace-nowrap`}>
        <span className={STACKED.label}>Last sign-in</span>
        {user.lastSignInAt ? formatUtc(user.lastSignInAt) : 'never'}
      </td>
      <td className={TD}>
        <span className={STACKED.label}>State</span>
        {disabled ? (
          <span title={`Disabled ${formatUtc(user.disabledAt)}`}>
            <Badge tone="bad">disabled</Badge>
          </span>
        ) : (
          <Badge tone="ok">active</Badge>
        )}
      </td>
      <td className={`${TD} text-right max-sm:pt-2 max-sm:empty:hidden`}>
        {!self && (
          <div className="flex gap-2 sm:justify-end">
            {!disabled && (
              <Button type="button" variant="secondary" className={SMALL_BUTTON} onClick={() => setDialog('end')}>
                End sessions
              </Button>
            )}
            {disabled ? (
              <Button
                type="button"
                variant="secondary"
                className={SMALL_BUTTON}
                disabled={enable.busy}
                onClick={() => void enable.run(() => updateUser(user.id, { disabled: false }))}
              >
                {enable.busy ? 'Enabling…' : 'Enable'}
              </Button>
            ) : (
              <Button type="button" variant="secondary" className={SMALL_BUTTON} onClick={() => setDialog('disable')}>
                Disable
              </Button>
            )}
          </div>
        )}
        <RequestError error={enable.error} variant="text" size="xs" className="mt-1" />
      </td>
    </tr>
  );
}
