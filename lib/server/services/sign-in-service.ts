// Signing in with the admin secret (break-glass: an admin session under the name given) or with an
// account's e-mail and password. Both are throttled (lib/server/auth/throttle.ts): the admin secret is
// one account, each e-mail another. `endOthers` ends the account's other sessions ("sign out everywhere"
// at sign-in). Every outcome goes to the audit log.
import 'server-only';
import { decoyHash, verifyPassword } from '../auth/passwords';
import { sameSecret } from '../auth/tokens';
import { database } from '../db/stores';
import { adminSecret, authEnabled, startSession } from './auth-service';
import { recordAudit } from './audit-service';
import { AppError } from './errors';
import { throttledSignIn } from './sign-in-attempts';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  name: string;
}

export async function signInWithSecret(
  secret: string,
  givenName: string,
  address: string,
  endOthers: boolean,
): Promise<SignedIn> {
  const expected = adminSecret();
  if (!expected) throw new AppError(400, 'auth_off', 'SWARMLENS_ADMIN_SECRET is not set: sign in with your account');
  const name = `${givenName} (admin secret)`;
  const ok = await audited(address, name, () => throttledSignIn(address, () => sameSecret(secret, expected)));
  if (!ok) throw new AppError(401, 'unauthorized', 'wrong secret');
  const db = await database();
  if (endOthers) await db.users.revokeUserSessions(null, new Date(), null);
  const session = await startSession({ userId: null, name, role: 'admin', method: 'secret' });
  return { ...session, name };
}

export async function signInWithPassword(
  email: string,
  password: string,
  address: string,
  endOthers: boolean,
): Promise<SignedIn> {
  if (!authEnabled())
    throw new AppError(
      400,
      'auth_off',
      'access control is off (no admin secret, no single sign-on): nothing to sign in to',
    );
  const account = email.trim().toLowerCase();
  const db = await database();
  const user = await db.users.findUserByEmail(account);
  const check = async () => {
    // An unknown e-mail costs the same scrypt as a known one: the timing does not tell which exist.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    return matches && user !== null && user.passwordHash !== null && user.disabledAt === null;
  };
  const ok = await audited(address, account, () => throttledSignIn(address, check, account), user?.id ?? null);
  if (!ok || !user) throw new AppError(401, 'unauthorized', 'wrong e-mail or password');
  if (endOthers) await db.users.revokeUserSessions(user.id, new Date(), null);
  const session = await startSession({ userId: user.id, name: user.name, role: user.role, method: 'password' });
  return { ...session, name: user.name };
}

/** Runs the throttled check and records its outcome: sign-in, sign-in.refused (wrong) or sign-in.throttled. */
async function audited(
  address: string,
  actor: string,
  attempt: () => Promise<boolean>,
  userId: string | null = null,
): Promise<boolean> {
  const via = actor.endsWith('(admin secret)') ? 'secret' : 'session';
  const event = { userId, actor, via, address, target: null, detail: null };
  try {
    const ok = await attempt();
    await recordAudit({ ...event, action: ok ? 'sign-in' : 'sign-in.refused', status: ok ? 200 : 401 });
    return ok;
  } catch (e) {
    if (e instanceof AppError && e.status === 429)
      await recordAudit({ ...event, action: 'sign-in.throttled', status: 429 });
    throw e;
  }
}
