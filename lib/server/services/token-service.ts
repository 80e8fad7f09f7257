// API tokens belong to the account that made them (the admin secret's belong to no one): each account
// sees and revokes its own, admins every one. A token's role is at most what its owner may do somewhere;
// at use it acts with the lower of its role and its owner's (auth-service.ts). Revoking one revokes the
// share links it made.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import { atLeast, type ApiTokenInfo, type Role } from '../../domain/shapes/auth';
import { hashToken, newToken } from '../auth/tokens';
import { database } from '../db/stores';
import { AppError, notFound } from './errors';

const forbidden = (message: string) => new AppError(403, 'forbidden', message);

/** A new API token: the token itself is shown once, here; only its hash is kept. */
export async function issueApiToken(
  name: string,
  role: Role,
  caller: CallerIdentity | null,
): Promise<{ id: string; token: string }> {
  if (role === 'editor' && caller && !atLeast(caller.role, 'editor') && !caller.editsSomeProject)
    throw forbidden('a viewer may make viewer tokens only');
  const token = newToken('api');
  const db = await database();
  const createdBy = caller?.name ?? 'anyone (open instance)';
  return { id: await db.auth.createApiToken(hashToken(token), name, role, createdBy, caller?.userId ?? null), token };
}

/** Admins (and open instances) see every token; an account its own. */
export async function apiTokensFor(caller: CallerIdentity | null): Promise<ApiTokenInfo[]> {
  const db = await database();
  return !caller || atLeast(caller.role, 'admin')
    ? db.auth.listApiTokens()
    : db.auth.listApiTokens(caller.userId ?? '');
}

/** Revokes the token and every share link it made (a leaked token leaves no access behind). */
export async function revokeToken(id: string, caller: CallerIdentity | null): Promise<void> {
  const db = await database();
  const owner = await db.auth.tokenOwnerOf(id);
  if (!owner) throw notFound(`API token ${id}`);
  if (caller && !atLeast(caller.role, 'admin') && owner.userId !== caller.userId)
    throw forbidden('only its owner or an admin may revoke this token');
  await db.auth.revokeApiToken(id, new Date());
}
