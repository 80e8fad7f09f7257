// Words of the accounts page and the invitation page, as pure functions of what the API answered.
import { plural } from '../../domain/format/cells';
import type { AccountRole, InvitationInfo, Role, UserInfo } from '../../domain/shapes/auth';

export type InvitationStatus = 'open' | 'used' | 'revoked' | 'expired';

/** An invitation's state at `now`: accepted and revoked ones stay so; an open one expires at expiresAt. */
export function invitationStatus(
  invitation: Pick<InvitationInfo, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  return Date.parse(invitation.expiresAt) <= now.getTime() ? 'expired' : 'open';
}

/** "7 accounts: 2 admins, 3 editors, 2 viewers (1 disabled); 1 invitation open". Roles without an
 *  account are left out; disabled accounts count in their role and once more in brackets. */
export function accountSummary(users: Pick<UserInfo, 'role' | 'disabledAt'>[], openInvitations: number): string {
  const count = (role: AccountRole) => users.filter((u) => u.role === role).length;
  const roles = [
    [count('admin'), 'admin'],
    [count('editor'), 'editor'],
    [count('viewer'), 'viewer'],
  ] as const;
  const byRole = roles.filter(([n]) => n > 0).map(([n, role]) => plural(n, role));
  const disabled = users.filter((u) => u.disabledAt).length;
  const accounts =
    users.length === 0
      ? 'No accounts yet'
      : `${plural(users.length, 'account')}: ${byRole.join(', ')}${disabled > 0 ? ` (${disabled} disabled)` : ''}`;
  return `${accounts}; ${openInvitations === 0 ? 'no invitation' : plural(openInvitations, 'invitation')} open`;
}

/** What each role may do, for selects and the invitation page. */
export const ROLE_MEANING: Record<AccountRole, string> = {
  admin: 'reads and changes everything, manages accounts',
  editor: 'reads, uploads, changes and deletes runs',
  viewer: 'reads only',
};

export interface InvitePreview {
  email: string;
  role: AccountRole;
  projectName: string | null;
  /** The role in that project; absent when the server does not say. */
  projectRole?: Role | null;
}

/** "a viewer", "an editor", "an admin". */
export const article = (role: AccountRole) => (role === 'viewer' ? 'a viewer' : `an ${role}`);

/** "ana@x.example is invited as an editor of project Checkout (a viewer elsewhere)." */
export function inviteSentence(invite: InvitePreview): string {
  const who = `${invite.email} is invited as`;
  // Admins are admins in every project.
  if (invite.projectName === null || invite.role === 'admin') return `${who} ${article(invite.role)}.`;
  const inProject = invite.projectRole ?? null;
  if (inProject === null) return `${who} ${article(invite.role)}, with a role in project ${invite.projectName}.`;
  if (inProject === invite.role) return `${who} ${article(invite.role)} (project ${invite.projectName} included).`;
  return `${who} ${article(inProject)} of project ${invite.projectName} (${article(invite.role)} elsewhere).`;
}

/** Why an invitation link cannot be used, or null when it can. */
export function closedInviteText(status: InvitationStatus | 'unknown', expiresAt: string | null): string | null {
  switch (status) {
    case 'open':
      return null;
    case 'used':
      return 'This invitation has already been accepted. Sign in with its e-mail address and password.';
    case 'revoked':
      return 'This invitation was withdrawn by an admin. Ask them for a new one.';
    case 'expired':
      return `This invitation expired${expiresAt ? ` on ${expiresAt.slice(0, 10)}` : ''}. Ask an admin for a new one.`;
    case 'unknown':
      return 'This invitation link is not known. Check that the whole link was copied, or ask an admin for a new one.';
  }
}

/** The password rule of POST /api/invitations/accept: 10 to 200 characters. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** What is wrong with a new password and its repetition, or null. */
export function passwordProblem(password: string, repeated: string): string | null {
  if (password.length < PASSWORD_MIN) return `The password needs at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `The password may have at most ${PASSWORD_MAX} characters.`;
  if (password !== repeated) return 'The two passwords differ.';
  return null;
}
