// Sign-in attempts, throttled per address and per account (lib/server/auth/throttle.ts) on rows of the
// database that every instance shares. An attempt is recorded before its secret is checked and counts
// as a failure until the secret proves right (then it is deleted, as is a refused one): attempts racing
// each other, on one instance or several, each see those that started before them, so a burst gets no
// more guesses through than the same attempts one after another.
import 'server-only';
import { ADMIN_ACCOUNT, SIGN_IN_LIMITS, signInWaitMs } from '../auth/throttle';
import { database } from '../db/stores';
import { AppError } from './errors';

/** Runs one sign-in attempt of `address` against `account` (ADMIN_ACCOUNT, or an account's lower-cased
 *  e-mail): 429 while it must wait; `check()` false keeps it as a failure. */
export async function throttledSignIn(
  address: string,
  check: () => boolean | Promise<boolean>,
  account: string = ADMIN_ACCOUNT,
): Promise<boolean> {
  const db = await database();
  const now = Date.now();
  const since = new Date(now - SIGN_IN_LIMITS.windowMs);
  const id = await db.attempts.recordAttempt({ kind: 'sign-in', address, account, at: new Date(now) }, since);
  const [mine, accountFailures] = await Promise.all([
    db.attempts.addressAttempts({ kind: 'sign-in', address, since, limit: SIGN_IN_LIMITS.perAddress, except: id }),
    db.attempts.accountAttempts({ kind: 'sign-in', account, since, except: id }),
  ]);
  const wait = signInWaitMs({ address: mine, account: accountFailures }, now);
  if (wait > 0) {
    await db.attempts.forgetAttempt(id);
    const retryAfterS = Math.ceil(wait / 1000);
    const when = retryAfterS < 120 ? `${retryAfterS} s` : `${Math.ceil(retryAfterS / 60)} min`;
    throw new AppError(429, 'too_many_attempts', `too many failed sign-ins: try again in ${when}`, { retryAfterS });
  }
  if (!(await check())) return false;
  await db.attempts.forgetAttempt(id);
  return true;
}
