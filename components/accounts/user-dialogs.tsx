'use client';
import { endSessionsOf, updateUser } from '@/components/api/accounts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { UserInfo } from '@/lib/domain/shapes/auth';
import { useChange } from './use-change';

/** "Disable Ana?": the account's sessions end at once and its API tokens are revoked. */
export function DisableDialog({ user, onClose }: { user: UserInfo; onClose: () => void }) {
  const { busy, error, run } = useChange();
  return (
    <ConfirmDialog
      title={`Disable ${user.name}?`}
      description={
        `${user.name} is signed out everywhere at once and cannot sign in until the account is enabled again; ` +
        'their API tokens and the share links those made are revoked for good. What they made stays.'
      }
      confirmLabel="Disable account"
      busyLabel="Disabling…"
      busy={busy}
      error={error}
      onConfirm={() => void run(() => updateUser(user.id, { disabled: true })).then((ok) => ok && onClose())}
      onClose={onClose}
    />
  );
}

/** "End every session of Ana?": signed out on every device; they may sign in again; tokens keep working. */
export function EndSessionsDialog({ user, onClose }: { user: UserInfo; onClose: () => void }) {
  const { busy, error, run } = useChange();
  return (
    <ConfirmDialog
      title={`End every session of ${user.name}?`}
      description={
        `${user.name} is signed out on every device and browser, and may sign in again. ` +
        'Their API tokens keep working: to stop those too, disable the account.'
      }
      confirmLabel="End sessions"
      busyLabel="Ending…"
      busy={busy}
      error={error}
      onConfirm={() => void run(() => endSessionsOf(user.id)).then((ok) => ok && onClose())}
      onClose={onClose}
    />
  );
}

/** "Unbind Ana's single sign-on?": the next single sign-on with Ana's verified e-mail binds that identity. */
export function UnbindDialog({ user, onClose }: { user: UserInfo; onClose: () => void }) {
  const { busy, error, run } = useChange();
  return (
    <ConfirmDialog
      title={`Unbind the single sign-on of ${user.name}?`}
      description={
        `The provider identity bound to ${user.email} is forgotten: the next single sign-on with that verified ` +
        'e-mail binds its identity instead (for a person whose account at the provider was made anew).'
      }
      confirmLabel="Unbind"
      busyLabel="Unbinding…"
      busy={busy}
      error={error}
      onConfirm={() => void run(() => updateUser(user.id, { singleSignOn: false })).then((ok) => ok && onClose())}
      onClose={onClose}
    />
  );
}
