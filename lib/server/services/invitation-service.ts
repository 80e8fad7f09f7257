// Invitations by link: an admin invites an e-mail address with a role (and optionally a role in one
// project); whoever opens the link first makes the account with a name and a password (or, with single
// sign-on configured, signs in through the provider with that e-mail: sso-service.ts). A link is valid
// for 1 to 30 days (7 by default) and makes one account; only its hash is stored.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import type { AccountRole, InvitationInfo, Role } from '../../domain/shapes/auth';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens';
import { database } from '../db/stores';
import { startSession } from './auth-service';
import { recordUnknownToken } from './token-guesses';
import { AppError, badRequest, conflict, notFound } from './errors';

export const INVITATION_DAYS = { default: 7, max: 30 } as const;

export interface InvitationInput {
  email: string;
  role: AccountRole;
  projectId?: string;
  projectRole?: Role;
  expiresInDays?: number;
}

export async function createInvitation(
  input: InvitationInput,
  caller: CallerIdentity | null,
): Promise<{ id: string; token: string; path: string }> {
  const db = await database();
  const email = input.email.trim().toLowerCase();
  if (await db.users.findUserByEmail(email)) throw conflict(`${email} has an account already`);
  let projectId: string | null = null;
  if (input.projectId !== undefined) {
    const project = await db.projects.getProject(input.projectId);
    if (!project) throw notFound(`project ${input.projectId}`);
    if (!input.projectRole) throw badRequest('projectRole is needed with projectId');
    projectId = project.id;
  }
  const token = newToken('invite');
  const days = input.expiresInDays ?? INVITATION_DAYS.default;
  const id = await db.invitations.createInvitation({
    tokenHash: hashToken(token),
    email,
    role: input.role,
    projectId,
    projectRole: projectId ? (input.projectRole ?? null) : null,
    createdBy: caller?.name ?? 'anyone (open instance)',
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  return { id, token, path: `/invite/${token}` };
}

export async function listInvitations(): Promise<InvitationInfo[]> {
  const db = await database();
  return db.invitations.listInvitations();
}

export async function revokeInvitation(id: string): Promise<void> {
  const db = await database();
  if (!(await db.invitations.revokeInvitation(id, new Date()))) throw notFound(`invitation ${id}`);
}

export type InvitationStatus = 'open' | 'used' | 'revoked' | 'expired';

export interface InvitationView {
  email: string;
  role: AccountRole;
  projectName: string | null;
  projectRole: Role | null;
  expiresAt: string;
  status: InvitationStatus;
}

/** What the invitation page shows; null for a link that is not an invitation. */
export async function invitationByToken(token: string): Promise<InvitationView | null> {
  if (!isTokenShaped('invite', token)) return null;
  const db = await database();
  const i = await db.invitations.findInvitation(hashToken(token));
  if (!i) return null;
  const project = i.projectId ? await db.projects.getProject(i.projectId) : null;
  const status: InvitationStatus = i.acceptedAt
    ? 'used'
    : i.revokedAt
      ? 'revoked'
      : i.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : 'open';
  return {
    email: i.email,
    role: i.role,
    projectName: project?.name ?? null,
    projectRole: project ? i.projectRole : null,
    expiresAt: i.expiresAt.toISOString(),
    status,
  };
}

/** Makes the account from the link and signs it in. 404 for an unknown link (a guess from `address`: the
 *  gate makes an address that guessed too many wait), 410 for one used, revoked or expired (also when
 *  another request used it a moment ago). */
export async function acceptInvitation(
  token: string,
  name: string,
  password: string,
  address: string,
): Promise<{ token: string; expiresAt: Date; name: string; userId: string }> {
  const problem = passwordProblem(password);
  if (problem) throw badRequest(problem);
  const db = await database();
  const invitation = isTokenShaped('invite', token) ? await db.invitations.findInvitation(hashToken(token)) : null;
  if (!invitation) {
    await recordUnknownToken(address);
    throw notFound('invitation');
  }
  const gone = new AppError(410, 'invitation_closed', 'this invitation was used, revoked or has expired');
  if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) throw gone;
  if (await db.users.findUserByEmail(invitation.email)) throw conflict(`${invitation.email} has an account already`);
  const user = {
    email: invitation.email,
    name,
    role: invitation.role,
    passwordHash: await hashPassword(password),
    oidcSubject: null,
    createdBy: invitation.createdBy,
  };
  const userId = await db.invitations.acceptInvitation(invitation, user, new Date());
  if (!userId) throw gone;
  const session = await startSession({ userId, name, role: invitation.role, method: 'password' });
  return { ...session, name, userId };
}
