// Named accounts and their per-project roles. E-mails are stored lower-cased.
import { newId } from '../../domain/ids';
import type { AccountRole, Role, UserInfo } from '../../domain/shapes/auth';
import type { Db } from './client';
import { readChoice } from './text-columns';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: AccountRole;
  passwordHash: string | null;
  oidcSubject: string | null;
  disabledAt: Date | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: AccountRole;
  passwordHash: string | null;
  oidcSubject: string | null;
  createdBy: string | null;
}

type Row = { id: string; email: string; name: string; role: string } & Pick<
  UserRow,
  'passwordHash' | 'oidcSubject' | 'disabledAt'
>;

const toUserRow = (u: Row): UserRow => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: readChoice('user_account.role', u.id, u.role),
  passwordHash: u.passwordHash,
  oidcSubject: u.oidcSubject,
  disabledAt: u.disabledAt,
});

export async function createUser(db: Db, user: NewUser): Promise<string> {
  const id = newId('usr');
  await db.user.create({ data: { id, ...user, email: user.email.toLowerCase() } });
  return id;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const u = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  return u ? toUserRow(u) : null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const u = await db.user.findUnique({ where: { id } });
  return u ? toUserRow(u) : null;
}

export async function findUserByOidcSubject(db: Db, subject: string): Promise<UserRow | null> {
  const u = await db.user.findUnique({ where: { oidcSubject: subject } });
  return u ? toUserRow(u) : null;
}

export async function updateUser(
  db: Db,
  id: string,
  change: Partial<{
    name: string;
    role: AccountRole;
    passwordHash: string;
    oidcSubject: string | null;
    lastSignInAt: Date;
  }>,
): Promise<void> {
  await db.user.update({ where: { id }, data: change });
}

/** Disabling ends the account's sessions and revokes its API tokens and the share links they made, in one
 *  transaction (enabling it again brings none of them back). */
export async function setUserDisabled(db: Db, id: string, disabledAt: Date | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { disabledAt } });
    if (!disabledAt) return;
    const ended = { revokedAt: disabledAt };
    await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: ended });
    const tokens = await tx.apiToken.findMany({ where: { userId: id }, select: { id: true } });
    await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: ended });
    const made = { createdByTokenId: { in: tokens.map((t) => t.id) }, revokedAt: null };
    await tx.share.updateMany({ where: made, data: ended });
  });
}

export async function countUsers(db: Db): Promise<number> {
  return db.user.count();
}

/** Admin accounts that may sign in, other than `exceptId`. */
export async function countOtherActiveAdmins(db: Db, exceptId: string): Promise<number> {
  return db.user.count({ where: { role: 'admin', disabledAt: null, id: { not: exceptId } } });
}

export async function listUsers(db: Db): Promise<UserInfo[]> {
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { memberships: { include: { project: { select: { name: true } } }, orderBy: { projectId: 'asc' } } },
  });
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: readChoice('user_account.role', u.id, u.role),
    password: u.passwordHash !== null,
    singleSignOn: u.oidcSubject !== null,
    createdAt: u.createdAt.toISOString(),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    disabledAt: u.disabledAt?.toISOString() ?? null,
    projectRoles: u.memberships.map((m) => ({
      projectId: m.projectId,
      projectName: m.project.name,
      role: readChoice('project_member.role', `${m.projectId}/${m.userId}`, m.role),
    })),
  }));
}

/** null removes the project role (the account's role applies there again). */
export async function setProjectRole(db: Db, userId: string, projectId: string, role: Role | null): Promise<void> {
  if (role === null) {
    await db.projectMember.deleteMany({ where: { userId, projectId } });
    return;
  }
  await db.projectMember.upsert({
    where: { projectId_userId: { projectId, userId } },
    create: { projectId, userId, role },
    update: { role },
  });
}

/** projectId -> role, for the projects where the account has its own role. */
export async function projectRolesOf(db: Db, userId: string): Promise<Map<string, Role>> {
  const rows = await db.projectMember.findMany({ where: { userId } });
  return new Map(rows.map((m) => [m.projectId, readChoice('project_member.role', `${m.projectId}/${userId}`, m.role)]));
}

/** "Sign out everywhere": ends every session of the account (null: every admin-secret session) but
 *  `exceptTokenHash`; the number ended. */
export async function revokeUserSessions(
  db: Db,
  userId: string | null,
  now: Date,
  exceptTokenHash: string | null,
): Promise<number> {
  const result = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptTokenHash ? { tokenHash: { not: exceptTokenHash } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}
