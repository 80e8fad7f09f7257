// Failed attempts (sign-ins, token guesses): after `perKey` failures from one address within `windowMs`, or `overall`
// failures from anywhere, further attempts are refused until the window has passed. Per process:
// with N instances an attacker gets at most N times the budget, still a fixed, small number.

export interface ThrottleLimits {
  windowMs: number;
  perKey: number;
  overall: number;
}

export const SIGN_IN_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perKey: 10, overall: 100 };
/** Unknown share-link and API tokens (guesses; a revoked or expired token is not one). */
export const TOKEN_GUESS_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perKey: 30, overall: 3000 };

export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();
  private all: number[] = [];

  constructor(private readonly limits: ThrottleLimits) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string, nowMs: number): number {
    const since = nowMs - this.limits.windowMs;
    this.all = this.all.filter((t) => t > since);
    const mine = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (mine.length > 0) this.failures.set(key, mine);
    else this.failures.delete(key);
    const wait = (times: number[], limit: number) => (times.length >= limit ? times[times.length - limit]! + this.limits.windowMs - nowMs : 0);
    return Math.max(wait(mine, this.limits.perKey), wait(this.all, this.limits.overall), 0);
  }

  fail(key: string, nowMs: number): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), nowMs]);
    this.all.push(nowMs);
  }
}
