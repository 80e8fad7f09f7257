// When a failed delivery is tried again: 10 s, 30 s, 2 min, 10 min, 1 h, then every hour, each ±20%
// (jitter, so the deliveries that failed together do not return together), until the delivery is a day
// old: then it is failed for good. Every time is a multiple of `baseMs` (10 s by default;
// SWARMLENS_WEBHOOK_RETRY_BASE_MS shrinks the whole schedule in tests).

export const DEFAULT_RETRY_BASE_MS = 10_000;

/** Delays in units of the base: 10 s, 30 s, 2 min, 10 min, 1 h at the default base; the last repeats. */
const STEPS = [1, 3, 12, 60, 360] as const;
/** A delivery this old (in base units: 24 h at the default) is not tried again. */
const GIVE_UP_STEPS = 8640;
export const JITTER = 0.2;

/** The delay before the next attempt, after `attempts` attempts (≥ 1) failed; `random` in [0, 1). */
export function retryDelayMs(attempts: number, baseMs = DEFAULT_RETRY_BASE_MS, random = 0.5): number {
  const step = STEPS[Math.min(Math.max(attempts, 1), STEPS.length) - 1]!;
  return Math.round(step * baseMs * (1 - JITTER + 2 * JITTER * random));
}

/** Age (ms since the delivery was enqueued) past which a failed attempt is the last one. */
export const giveUpAfterMs = (baseMs = DEFAULT_RETRY_BASE_MS) => GIVE_UP_STEPS * baseMs;

/** What follows a failed attempt: another one at `at`, or none (failed for good). */
export function afterFailure(
  attempts: number,
  createdAtMs: number,
  nowMs: number,
  baseMs = DEFAULT_RETRY_BASE_MS,
  random = 0.5,
): { retryAtMs: number } | { giveUp: true } {
  if (nowMs - createdAtMs >= giveUpAfterMs(baseMs)) return { giveUp: true };
  return { retryAtMs: nowMs + retryDelayMs(attempts, baseMs, random) };
}
