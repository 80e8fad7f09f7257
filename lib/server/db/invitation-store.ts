// Invitations by link: only sha256(token) is stored; accepting one makes the account in the same
// transaction that marks it used, so a link makes at most one account.
import { newId } from '../../domain/ids';
import type { AccountRole, InvitationInfo, Role } from '../../domain/shapes/auth';
import type { Db } from './client';
import { readChoice } from './text-columns';
import type { NewUser } from './user-store';

export interface NewInvitation {
  tokenHash: string;
  email: string;
  role: AccountRole;
  projectId: string | null;
  projectRole: Role | null;
  createdBy: string;
  expiresAt: Date;
}

type Row = Omit<InvitationInfo, 'role' | 'projectRole' | 'createdAt' | 'expiresAt' | 'acceptedAt' | 'revokedAt'> & {
  role: string;
  projectRole: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export interface InvitationRow extends Omit<InvitationInfo, 'createdAt' | 'expiresAt' | 'acceptedAt' | 'revokedAt'> {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

const toRow = (i: Row): InvitationRow => ({
  id: i.id,
  email: i.email,
  role: readChoice('invitation.role', i.id, i.role),
  projectId: i.projectId,
  projectRole: i.projectRole === null ? null : readChoice('invitation.project_role', i.id, i.projectRole),
  createdBy: i.createdBy,
  expiresAt: i.expiresAt,
  acceptedAt: i.acceptedAt,
  revokedAt: i.revokedAt,
});

export async function createInvitation(db: Db, invitation: NewInvitation): Promise<string> {
  const id = newId('inv');
  await db.invitation.create({ data: { id, ...invitation, email: invitation.email.toLowerCase() } });
  return id;
}

export async function findInvitation(db: Db, tokenHash: string): Promise<InvitationRow | null> {
  const i = await db.invitation.findUnique({ where: { tokenHash } });
  return i ? toRow(i) : null;
}

/** The newest invitation for `email` that is neither used, revoked nor expired at `now`; null when none. */
export async function findOpenInvitationByEmail(db: Db, email: string, now: Date): Promise<InvitationRow | null> {
  const i = await db.invitation.findFirst({
    where: { email: email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return i ? toRow(i) : null;
}

export async function listInvitations(db: Db): Promise<InvitationInfo[]> {
  const rows = await db.invitation.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 500 });
  return rows.map((r) => {
    const i = toRow(r);
    return {
      ...i,
      createdAt: r.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      revokedAt: i.revokedAt?.toISOString() ?? null,
    };
  });
}

/** false when there is no such invitation. */
export async function revokeInvitation(db: Db, id: string, now: Date): Promise<boolean> {
  const found = await db.invitation.findUnique({ where: { id }, select: { id: true } });
  if (!found) return false;
  await db.invitation.updateMany({ where: { id, revokedAt: null, acceptedAt: null }, data: { revokedAt: now } });
  return true;
}

/** Makes the account and its project role and marks the invitation used; null when the invitation was
 *  used, revoked or expired in the meantime (nothing is written then). */
export async function acceptInvitation(
  db: Db,
  invitation: InvitationRow,
  user: NewUser,
  now: Date,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const id = newId('usr');
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedBy: id },
    });
    if (claimed.count !== 1) return null;
    await tx.user.create({ data: { id, ...user, email: user.email.toLowerCase() } });
    if (invitation.projectId && invitation.projectRole) {
      const project = await tx.project.findUnique({ where: { id: invitation.projectId }, select: { id: true } });
      if (project)
        await tx.projectMember.create({
          data: { projectId: invitation.projectId, userId: id, role: invitation.projectRole },
        });
    }
    return id;
  });
}
