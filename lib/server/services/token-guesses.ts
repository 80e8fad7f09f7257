// Guessing share links and API tokens is rate-limited: every unknown token (malformed, or
// no such hash) counts against the caller's address; past the limit (TOKEN_GUESS_LIMITS) the gate
// answers 429 to that address, or to everyone once the overall limit is reached, until the window
// has passed. Revoked and expired tokens were real once, so they do not count.
import 'server-only';
import { FailureThrottle, TOKEN_GUESS_LIMITS } from '../auth/throttle';

const cache = globalThis as typeof globalThis & { swarmlensTokenGuesses?: FailureThrottle };
const throttle = () => (cache.swarmlensTokenGuesses ??= new FailureThrottle(TOKEN_GUESS_LIMITS));

/** Milliseconds until `address` may present a token again; 0 when it may now. */
export const tokenGuessWaitMs = (address: string): number => throttle().retryAfterMs(address, Date.now());

export function recordUnknownToken(address: string): void {
  throttle().fail(address, Date.now());
}
