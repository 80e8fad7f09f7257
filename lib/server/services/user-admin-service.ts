// Accounts, for admins: list, rename, change role, disable (which ends the account's sessions, and its
// API tokens stop working), project roles, ending someone's sessions. The last admin able to sign in is
// kept unless the admin secret is there to break glass. Disabling also revokes the account's API tokens.
import 'server-only';
import type { AccountRole, Role, UserInfo } from '../../domain/shapes/auth';
import { database } from '../db/stores';
import { adminSecret } from './auth-service';
import { AppError, notFound } from './errors';

export async function listUsers(): Promise<UserInfo[]> {
  const db = await database();
  return db.users.listUsers();
}

/** Whether any named account exists (the sign-in page opens the admin-secret form when none does). */
export async function hasAccounts(): Promise<boolean> {
  const db = await database();
  return (await db.users.countUsers()) > 0;
}

async function userInfo(id: string): Promise<UserInfo> {
  const db = await database();
  const found = (await db.users.listUsers()).find((u) => u.id === id);
  if (!found) throw notFound(`account ${id}`);
  return found;
}

export interface UserChange {
  name?: string;
  role?: AccountRole;
  disabled?: boolean;
  /** false: unbind the single sign-on identity (e.g. the provider made the person's account anew). */
  singleSignOn?: false;
}

export async function changeUser(id: string, change: UserChange): Promise<UserInfo> {
  const db = await database();
  const user = await db.users.findUserById(id);
  if (!user) throw notFound(`account ${id}`);
  const losesAdmin = user.role === 'admin' && ((change.role ?? 'admin') !== 'admin' || change.disabled === true);
  if (losesAdmin && !adminSecret() && (await db.users.countOtherActiveAdmins(id)) === 0)
    throw new AppError(
      409,
      'last_admin',
      `${user.name} is the last admin who can sign in, and no admin secret is set: make another admin first`,
    );
  if (change.name !== undefined || change.role !== undefined)
    await db.users.updateUser(id, {
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.role === undefined ? {} : { role: change.role }),
    });
  if (change.singleSignOn === false) await db.users.updateUser(id, { oidcSubject: null });
  if (change.disabled !== undefined) await db.users.setUserDisabled(id, change.disabled ? new Date() : null);
  return userInfo(id);
}

export async function setProjectRole(userId: string, projectId: string, role: Role | null): Promise<void> {
  const db = await database();
  if (!(await db.users.findUserById(userId))) throw notFound(`account ${userId}`);
  const project = await db.projects.getProject(projectId);
  if (!project) throw notFound(`project ${projectId}`);
  await db.users.setProjectRole(userId, project.id, role);
}

/** Ends every session of the account; the number ended. */
export async function endSessionsOf(userId: string): Promise<number> {
  const db = await database();
  if (!(await db.users.findUserById(userId))) throw notFound(`account ${userId}`);
  return db.users.revokeUserSessions(userId, new Date(), null);
}
