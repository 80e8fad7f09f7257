// Sign-in with the admin secret, sessions, API tokens, and who is calling. Access control is on
// only when SWARMLENS_ADMIN_SECRET is set; then a session signed in with it is an editor, and API
// tokens are viewers (read) or editors (read and write), revocable.
import 'server-only';
import type { Caller } from '../auth/access';
import type { Role } from '../../domain/shapes/auth';
import { FailureThrottle, SIGN_IN_LIMITS } from '../auth/throttle';
import { bearerToken, hashToken, isActive, isTokenShaped, keyedHash, newToken, sameSecret } from '../auth/tokens';
import { database } from '../db/stores';
import type { ApiTokenInfo } from '../../domain/shapes/auth';
import { AppError, notFound } from './errors';
import { recordUnknownToken } from './token-guesses';

export const SESSION_COOKIE = 'swarmlens_session';
export const SESSION_DAYS = 14;

export function adminSecret(): string | null {
  const secret = process.env.SWARMLENS_ADMIN_SECRET;
  return secret && secret.length > 0 ? secret : null;
}

export const authEnabled = () => adminSecret() !== null;

const throttleCache = globalThis as typeof globalThis & { swarmlensSignIn?: FailureThrottle };
const throttle = () => (throttleCache.swarmlensSignIn ??= new FailureThrottle(SIGN_IN_LIMITS));

/** A new session for whoever knows the admin secret; 401 otherwise, 429 after too many failures. */
export async function signIn(
  secret: string,
  name: string,
  clientAddress: string,
): Promise<{ token: string; expiresAt: Date }> {
  const expected = adminSecret();
  if (!expected) throw new AppError(400, 'auth_off', 'access control is off: SWARMLENS_ADMIN_SECRET is not set');
  const wait = throttle().retryAfterMs(clientAddress, Date.now());
  if (wait > 0)
    throw new AppError(
      429,
      'too_many_attempts',
      `too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} min`,
      { retryAfterS: Math.ceil(wait / 1000) },
    );
  if (!sameSecret(secret, expected)) {
    throttle().fail(clientAddress, Date.now());
    throw new AppError(401, 'unauthorized', 'wrong secret');
  }
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
): Promise<(Caller & { name: string }) | null> {
  const now = new Date();
  const db = await database();
  const bearer = bearerToken(authorization);
  if (bearer) {
    const token = isTokenShaped('api', bearer) ? await db.auth.findApiToken(hashToken(bearer)) : null;
    if (!token) recordUnknownToken(address);
    if (!token || !isActive(token, now)) return null;
    await db.auth.touchApiToken(token.id, now);
    return { role: token.role, via: 'token', name: token.name };
  }
  const secret = adminSecret();
  if (!secret || !sessionToken) return null;
  // Not counted as guesses: a new admin secret makes every earlier session cookie unknown.
  const session = isTokenShaped('session', sessionToken)
    ? await db.auth.findSession(keyedHash(sessionToken, secret))
    : null;
  return session && isActive(session, now) ? { role: session.role, via: 'session', name: session.name } : null;
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

export async function revokeToken(id: string): Promise<void> {
  const db = await database();
  if (!(await db.auth.revokeApiToken(id, new Date()))) throw notFound(`API token ${id}`);
}
