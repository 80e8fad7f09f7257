// Failed attempts (sign-ins, token guesses): after `perKey` failures from one address within
// `windowMs`, or `overall` failures from anywhere, further attempts are refused until the window has
// passed. Per process: with N instances an attacker gets at most N times the budget. Memory stays
// bounded: at most `overall` failure times are kept, and addresses whose failures have aged out
// (or the oldest ones, past MAX_KEYS) are forgotten.

export interface ThrottleLimits {
  windowMs: number;
  perKey: number;
  overall: number;
}

export const SIGN_IN_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perKey: 10, overall: 100 };
/** Unknown share-link and API tokens (guesses; a revoked or expired token is not one). No overall
 *  limit: addresses can be claimed (X-Forwarded-For), so one would let anyone lock every real token
 *  out; the tokens' 256 bits are what makes guessing hopeless, this limit is the second line. */
export const TOKEN_GUESS_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60_000,
  perKey: 30,
  overall: Number.POSITIVE_INFINITY,
};

/** Addresses remembered at most (each with at most `perKey` times). */
export const MAX_KEYS = 10_000;

export class FailureThrottle {
  /** Insertion order = order of each address's latest failure (re-inserted on every failure). */
  private readonly failures = new Map<string, number[]>();
  private all: number[] = [];

  constructor(private readonly limits: ThrottleLimits) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string, nowMs: number): number {
    const since = nowMs - this.limits.windowMs;
    this.all = dropOlder(this.all, since);
    const mine = dropOlder(this.failures.get(key) ?? [], since);
    if (mine.length > 0) this.failures.set(key, mine);
    else this.failures.delete(key);
    const wait = (times: number[], limit: number) =>
      times.length >= limit ? times[times.length - limit]! + this.limits.windowMs - nowMs : 0;
    return Math.max(wait(mine, this.limits.perKey), wait(this.all, this.limits.overall), 0);
  }

  fail(key: string, nowMs: number): void {
    const mine = [...(this.failures.get(key) ?? []), nowMs].slice(-this.limits.perKey);
    this.failures.delete(key);
    this.failures.set(key, mine);
    if (Number.isFinite(this.limits.overall)) this.all = [...this.all, nowMs].slice(-this.limits.overall);
    this.forgetStale(nowMs);
  }

  /** Addresses tracked now (for tests). */
  get size(): number {
    return this.failures.size;
  }

  private forgetStale(nowMs: number): void {
    const since = nowMs - this.limits.windowMs;
    for (const [key, times] of this.failures) {
      if (this.failures.size <= MAX_KEYS && times[times.length - 1]! > since) break;
      this.failures.delete(key);
    }
  }
}

/** `times` ascending: those after `since`. */
function dropOlder(times: number[], since: number): number[] {
  const first = times.findIndex((t) => t > since);
  return first === 0 ? times : first === -1 ? [] : times.slice(first);
}
