// How long a client must wait before its next sign-in or token, from the failures on record. Pure: the
// failures are rows of the database (lib/server/services/attempts.ts), shared by every instance, so N
// instances behind a load balancer allow no more guesses than one. Times in ms.
//
// Sign-in (per address and per account, growing delays, never a global refusal):
// - an address without a failure in the window is never refused: a correct secret from it always works;
// - an address's first `freePerAddress` failures cost nothing; after that it waits `firstDelayMs`,
//   doubling with each further failure, from its latest failure; `perAddress` failures lock it until
//   the oldest of them leaves the window;
// - once the account has `perAccount` failures in the window (from anywhere), every address that has
//   failed in the window also waits `firstDelayMs`, doubling with each further failure of the account, at
//   most `maxAccountDelayMs`, from its own latest failure.
// Token guesses (unknown share links and API tokens): `perAddress` in the window lock the address until
// the oldest leaves it. No account: the tokens' 256 bits are what makes guessing hopeless.

export interface SignInLimits {
  windowMs: number;
  perAddress: number;
  freePerAddress: number;
  firstDelayMs: number;
  perAccount: number;
  maxAccountDelayMs: number;
}

export interface GuessLimits {
  windowMs: number;
  perAddress: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowMs: 15 * 60_000,
  perAddress: 10,
  freePerAddress: 3,
  firstDelayMs: 1000,
  perAccount: 20,
  maxAccountDelayMs: 15 * 60_000,
};

export const TOKEN_GUESS_LIMITS: GuessLimits = { windowMs: 15 * 60_000, perAddress: 30 };

/** Sign-in attempts are against an account; today the one admin secret is the only one (the name given at
 *  sign-in is a label, not an identity: any name signs in with the secret). */
export const ADMIN_ACCOUNT = 'admin-secret';

/** What the database holds when an address tries to sign in (its own attempt not included). */
export interface SignInFailures {
  /** The address's failures in the window, ascending; the newest `perAddress` are enough. */
  address: number[];
  /** The account's failures in the window, from every address. */
  account: number;
}

const doubling = (firstMs: number, n: number) => firstMs * 2 ** Math.min(n, 40);

/** Milliseconds until the address may try to sign in again; 0 when it may now. */
export function signInWaitMs(failures: SignInFailures, nowMs: number, limits = SIGN_IN_LIMITS): number {
  const mine = failures.address;
  const n = mine.length;
  if (n === 0) return 0;
  const latest = mine[n - 1]!;
  const own =
    n >= limits.perAddress
      ? mine[n - limits.perAddress]! + limits.windowMs
      : n >= limits.freePerAddress
        ? latest + doubling(limits.firstDelayMs, n - limits.freePerAddress)
        : 0;
  const over = failures.account - limits.perAccount;
  const account = over >= 0 ? latest + Math.min(limits.maxAccountDelayMs, doubling(limits.firstDelayMs, over)) : 0;
  return Math.max(own - nowMs, account - nowMs, 0);
}

/** Milliseconds until the address may present a token again; `times`: its unknown tokens in the window,
 *  ascending (the newest `perAddress` are enough). */
export function guessWaitMs(times: number[], nowMs: number, limits = TOKEN_GUESS_LIMITS): number {
  const n = times.length;
  return n >= limits.perAddress ? Math.max(times[n - limits.perAddress]! + limits.windowMs - nowMs, 0) : 0;
}
