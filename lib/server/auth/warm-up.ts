// The worker's own warm-up (scripts/warm-up.mjs, `npm start` only): while it runs, the process holds a random token
// in WARM_UP_STATE; a GET or HEAD that presents it reads as the viewer below. The start script removes the header
// from every request that did not come through the worker's own warm-up listener, and forgets the token when the
// warm-up ends. Without the start script (`next dev`, tests) there is no state: nothing warms, no header is accepted.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CallerIdentity } from './access';

/** Shared with scripts/warm-up.mjs (test/scripts/warm-up.test.ts checks they match). */
export const WARM_UP_STATE = Symbol.for('swarmlens.warmUp');
export const WARM_UP_HEADER = 'x-swarmlens-warm-up';

interface WarmUpState {
  /** base64url, 32 random bytes; null once the warm-up is over. */
  token: string | null;
  warming: boolean;
  /** false for a worker that replaced one that died: the instance's other workers serve meanwhile. */
  holdsHealth?: boolean;
}

const state = (): WarmUpState | undefined =>
  (globalThis as typeof globalThis & { [WARM_UP_STATE]?: WarmUpState })[WARM_UP_STATE];

/** True while this process warms itself up: its read cache is off. */
export const isWarmingUp = (): boolean => state()?.warming === true;

/** True while this process warms up as part of its instance's start: its /api/health answers 503 "warming". */
export const healthWaitsForWarmUp = (): boolean => isWarmingUp() && state()?.holdsHealth !== false;

export const WARM_UP_CALLER: CallerIdentity = {
  role: 'viewer',
  via: 'token',
  cap: 'viewer',
  name: 'warm-up (this server)',
  userId: null,
  tokenId: null,
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The warm-up's caller when `presented` is this process's live warm-up token on a read; else null. */
export function warmUpCaller(method: string, presented: string | null): CallerIdentity | null {
  const token = state()?.token;
  if (!token || presented === null || (method !== 'GET' && method !== 'HEAD')) return null;
  return timingSafeEqual(digest(presented), digest(token)) ? WARM_UP_CALLER : null;
}
