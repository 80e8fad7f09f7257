// The caller header proxy.ts would set, for tests that call route handlers directly.
import type { CallerIdentity } from '../../lib/server/auth/access';
import { CALLER_HEADER, encodeCaller } from '../../lib/server/http/caller';

/** An admin-secret session named `name` (the admin role), or whatever `over` changes. */
export function callerHeader(name: string, over: Partial<CallerIdentity> = {}): Record<string, string> {
  const caller: CallerIdentity = { role: 'admin', via: 'session', cap: 'admin', name, userId: null, tokenId: null };
  return { [CALLER_HEADER]: encodeCaller({ ...caller, ...over }) };
}

/** The caller the proxy forwarded on a response of `proxy()` (x-middleware-request-… headers). */
export function forwardedCallerName(res: Response): string | null {
  const raw = res.headers.get(`x-middleware-request-${CALLER_HEADER}`);
  return raw === null ? null : (JSON.parse(decodeURIComponent(raw)) as CallerIdentity).name;
}
