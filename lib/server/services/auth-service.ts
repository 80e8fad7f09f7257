// Sign-in with the admin secret, sessions, API tokens, and who is calling. Access control is on
// only when SWARMLENS_ADMIN_SECRET is set; then a session signed in with it is an editor, and API
// tokens are viewers (read) or editors (read and write), revocable; revoking one revokes the share
// links it made.
import 'server-only';
import type { Caller } from '../auth/access';
import type { Role } from '../../domain/shapes/auth';
import { bearerToken, hashToken, isActive, isTokenShaped, keyedHash, newToken, sameSecret } from '../auth/tokens';
import { database } from '../db/stores';
import type { ApiTokenInfo } from '../../domain/shapes/auth';
import { AppError, notFound } from './errors';
import { throttledSignIn } from './sign-in-attempts';
import { recordUnknownToken } from './token-guesses';

export const SESSION_COOKIE = 'swarmlens_session';
export const SESSION_DAYS = 14;

export function adminSecret(): string | null {
  const secret = process.env.SWARMLENS_ADMIN_SECRET;
  return secret && secret.length > 0 ? secret : null;
}

export const authEnabled = () => adminSecret() !== null;

/** A new session for whoever knows the admin secret; 401 otherwise, 429 after too many failures
 *  (lib/server/auth/throttle.ts). */
export async function signIn(
  secret: string,
  name: string,
  clientAddress: string,
): Promise<{ token: string; expiresAt: Date }> {
  const expected = adminSecret();
  if (!expected) throw new AppError(400, 'auth_off', 'access control is off: SWARMLENS_ADMIN_SECRET is not set');
  if (!(await throttledSignIn(clientAddress, () => sameSecret(secret, expected))))
    throw new AppError(401, 'unauthorized', 'wrong secret');
  const token = newToken('session');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const db = await database();
  await db.auth.createSession(keyedHash(token, expected), 'editor', name, expiresAt);
  return { token, expiresAt };
}

export async function signOut(token: string | null): Promise<void> {
  const secret = adminSecret();
  if (!token || !secret) return;
  const db = await database();
  await db.auth.revokeSession(keyedHash(token, secret), new Date());
}

/** The caller a session cookie or a bearer token proves; null when neither is valid now. An API
 *  token that is malformed or unknown (not merely revoked) counts as a guess from `address`. */
export async function callerOf(
  sessionToken: string | null,
  authorization: string | null,
  address: string,
): Promise<(Caller & { name: string; tokenId: string | null }) | null> {
  const now = new Date();
  const db = await database();
  const bearer = bearerToken(authorization);
  if (bearer) {
    const token = isTokenShaped('api', bearer) ? await db.auth.findApiToken(hashToken(bearer)) : null;
    if (!token) await recordUnknownToken(address);
    if (!token || !isActive(token, now)) return null;
    await db.auth.touchApiToken(token.id, now);
    return { role: token.role, via: 'token', name: token.name, tokenId: token.id };
  }
  const secret = adminSecret();
  if (!secret || !sessionToken) return null;
  // Not counted as guesses: a new admin secret makes every earlier session cookie unknown.
  const session = isTokenShaped('session', sessionToken)
    ? await db.auth.findSession(keyedHash(sessionToken, secret))
    : null;
  return session && isActive(session, now)
    ? { role: session.role, via: 'session', name: session.name, tokenId: null }
    : null;
}

/** A new API token: the token itself is shown once, here; only its hash is kept. */
export async function issueApiToken(
  name: string,
  role: Role,
  createdBy: string,
): Promise<{ id: string; token: string }> {
  const token = newToken('api');
  const db = await database();
  return { id: await db.auth.createApiToken(hashToken(token), name, role, createdBy), token };
}

export async function apiTokens(): Promise<ApiTokenInfo[]> {
  const db = await database();
  return db.auth.listApiTokens();
}

/** Revokes the token and every share link it made (a leaked token leaves no access behind). */
export async function revokeToken(id: string): Promise<void> {
  const db = await database();
  if (!(await db.auth.revokeApiToken(id, new Date()))) throw notFound(`API token ${id}`);
}
