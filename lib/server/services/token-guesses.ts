// Guessing share links and API tokens is rate-limited: every unknown token (malformed, or no such hash)
// is recorded against the caller's address in the database, shared by every instance; past the limit
// (TOKEN_GUESS_LIMITS) the gate answers 429 to that address until the window has passed. Revoked and
// expired tokens were real once, so they do not count. A check and its record are two statements:
// guesses from one address in flight at the same moment may pass the limit by their number, which
// the tokens' 256 bits make harmless.
import 'server-only';
import { guessWaitMs, TOKEN_GUESS_LIMITS } from '../auth/throttle';
import { database } from '../db/stores';

/** Milliseconds until `address` may present a token again; 0 when it may now. */
export async function tokenGuessWaitMs(address: string): Promise<number> {
  const db = await database();
  const now = Date.now();
  const times = await db.attempts.addressAttempts({
    kind: 'token',
    address: address,
    since: new Date(now - TOKEN_GUESS_LIMITS.windowMs),
    limit: TOKEN_GUESS_LIMITS.perAddress,
  });
  return guessWaitMs(times, now);
}

export async function recordUnknownToken(address: string): Promise<void> {
  const db = await database();
  const now = Date.now();
  await db.attempts.recordAttempt(
    { kind: 'token', address: address, account: null, at: new Date(now) },
    new Date(now - TOKEN_GUESS_LIMITS.windowMs),
  );
}
