// Who is calling, and sessions. Access control is on when SWARMLENS_ADMIN_SECRET or OpenID Connect is
// configured. A session is a named account's (signed in with its password or single sign-on; its role is
// read from the account on every request, so a changed role or a disabled account takes effect at once)
// or the admin secret's (break-glass: an admin). API tokens act with the lower of their role and their
// owner's; a disabled owner's tokens are dead.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import type { AccountRole, SignInMethod } from '../../domain/shapes/auth';
import { atLeast, lowerRole } from '../../domain/shapes/auth';
import { bearerToken, hashToken, isActive, isTokenShaped, keyedHash, newToken } from '../auth/tokens';
import { oidcConfigured } from '../auth/oidc-settings';
import { database } from '../db/stores';
import { recordUnknownToken } from './token-guesses';

export const SESSION_COOKIE = 'swarmlens_session';
export const SESSION_DAYS = 14;

export function adminSecret(): string | null {
  const secret = process.env.SWARMLENS_ADMIN_SECRET;
  return secret && secret.length > 0 ? secret : null;
}

export const authEnabled = () => adminSecret() !== null || oidcConfigured();

export interface NewSessionFor {
  /** null: the admin secret's session. */
  userId: string | null;
  name: string;
  role: AccountRole;
  method: SignInMethod;
}

/** A new session: the token goes in the cookie, only its hash is kept. */
export async function startSession(who: NewSessionFor): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken('session');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const db = await database();
  await db.auth.createSession({ tokenHash: sessionHash(token, who.userId), ...who, expiresAt });
  if (who.userId) await db.users.updateUser(who.userId, { lastSignInAt: new Date() });
  return { token, expiresAt };
}

/** Accounts' sessions: sha256. The admin secret's: HMAC keyed by the secret (a new secret ends them). */
function sessionHash(token: string, userId: string | null): string {
  const secret = adminSecret();
  return userId === null && secret ? keyedHash(token, secret) : hashToken(token);
}

export async function signOut(token: string | null): Promise<void> {
  if (!token) return;
  const db = await database();
  const now = new Date();
  await db.auth.revokeSession(hashToken(token), now);
  const secret = adminSecret();
  if (secret) await db.auth.revokeSession(keyedHash(token, secret), now);
}

/** "Sign out everywhere": every session of the caller's account (the admin secret: every session signed
 *  in with it), this one included. The number ended. */
export async function signOutEverywhere(caller: CallerIdentity): Promise<number> {
  const db = await database();
  return db.users.revokeUserSessions(caller.userId, new Date(), null);
}

/** The caller a session cookie or a bearer token proves; null when neither is valid now. An API
 *  token that is malformed or unknown (not merely revoked) counts as a guess from `address`. */
export async function callerOf(
  sessionToken: string | null,
  authorization: string | null,
  address: string,
): Promise<CallerIdentity | null> {
  const now = new Date();
  const db = await database();
  const bearer = bearerToken(authorization);
  if (bearer) {
    const token = isTokenShaped('api', bearer) ? await db.auth.findApiToken(hashToken(bearer)) : null;
    if (!token) await recordUnknownToken(address);
    if (!token || !isActive(token, now)) return null;
    const owner = token.account;
    if (token.userId !== null && (!owner || owner.disabled)) return null;
    await db.auth.touchApiToken(token.id, now);
    const role = owner ? lowerRole(token.role, owner.role) : token.role;
    return {
      role,
      via: 'token',
      cap: token.role,
      name: owner ? `${token.name} (token of ${owner.name})` : `${token.name} (token)`,
      userId: token.userId,
      tokenId: token.id,
      editsSomeProject: token.userId && role === 'viewer' ? await editsSomeProject(token.userId, token.role) : false,
    };
  }
  if (!sessionToken || !isTokenShaped('session', sessionToken)) return null;
  // Not counted as guesses: a new admin secret makes every earlier session cookie unknown.
  const secret = adminSecret();
  const keyed = secret ? keyedHash(sessionToken, secret) : null;
  const session = await db.auth.findSession(keyed ? [hashToken(sessionToken), keyed] : [hashToken(sessionToken)]);
  if (!session || !isActive(session, now)) return null;
  if (session.userId === null) {
    // Only the admin secret's sessions have no account, stored under the HMAC keyed by today's secret.
    if (session.method !== 'secret' || session.tokenHash !== keyed) return null;
    return { role: 'admin', via: 'session', cap: 'admin', name: session.name, userId: null, tokenId: null };
  }
  const user = session.account;
  if (!user || user.disabled) return null;
  return {
    role: user.role,
    via: 'session',
    cap: 'admin',
    name: user.name,
    userId: session.userId,
    tokenId: null,
    editsSomeProject: user.role === 'viewer' ? await editsSomeProject(session.userId, 'editor') : false,
  };
}

/** Whether a project gives the account the editor role (only asked when `cap` allows editing at all). */
async function editsSomeProject(userId: string, cap: AccountRole): Promise<boolean> {
  if (!atLeast(cap, 'editor')) return false;
  const db = await database();
  return [...(await db.users.projectRolesOf(userId)).values()].includes('editor');
}
