// Per-project roles: an account's role in a project is its project_member role there (admins are admins
// everywhere), else its account role; a token acts with at most its own role. Routes that change a
// project's data call requireEditor with what they change; the gate has already let only editors (of
// some project) through.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import { atLeast, lowerRole, type AccountRole } from '../../domain/shapes/auth';
import type { ProjectTarget } from '../db/project-of';
import { database } from '../db/stores';
import { AppError } from './errors';

/** The caller's role in each of `projectIds`. */
export async function rolesIn(caller: CallerIdentity, projectIds: readonly string[]): Promise<AccountRole[]> {
  if (caller.role === 'admin' || caller.userId === null) return projectIds.map(() => caller.role);
  const db = await database();
  const own = await db.users.projectRolesOf(caller.userId);
  return projectIds.map((id) => {
    const member = own.get(id);
    return member === undefined ? caller.role : lowerRole(caller.cap, member);
  });
}

/** 403 unless the caller may change every project `target` touches (null caller: access control off).
 *  A project that does not exist yet may only be made by an editor of every project (the account role). */
export async function requireEditor(caller: CallerIdentity | null, target: ProjectTarget): Promise<void> {
  if (caller === null || caller.role === 'admin') return;
  const db = await database();
  const { ids, isNew } = await db.access.projectsOf(target);
  if (isNew && !atLeast(caller.role, 'editor'))
    throw new AppError(403, 'forbidden', `${caller.name} may not make new projects (editor role needed)`);
  const roles = await rolesIn(caller, ids);
  const denied = ids.filter((_, i) => !atLeast(roles[i]!, 'editor'));
  if (denied.length > 0)
    throw new AppError(403, 'forbidden', `${caller.name} may only read project ${denied.join(', ')} (viewer there)`);
}
