// The caller as proxy.ts vouches for it: the proxy drops any client-sent value and sets its own, the
// identity as percent-encoded JSON (header values must be Latin-1; names may be any text). Routes the
// proxy skips (/api/runs) get it from gateApiRoute instead, which also remembers it for the request
// (`rememberGatedCaller`), so that `requestCaller` (and the audit log) know it there too.
import type { CallerIdentity } from '../auth/access';
import { z } from 'zod';

export const CALLER_HEADER = 'x-swarmlens-caller';

const ROLE = z.enum(['viewer', 'editor', 'admin']);
const identitySchema = z.object({
  role: ROLE,
  via: z.enum(['session', 'token']),
  editsSomeProject: z.boolean().optional(),
  name: z.string(),
  userId: z.string().nullable(),
  tokenId: z.string().nullable(),
  cap: ROLE,
});

export const encodeCaller = (caller: CallerIdentity) => encodeURIComponent(JSON.stringify(caller));

/** The caller the proxy found, or null (none: access control off, a public page, or a header the proxy
 *  did not write). */
export function callerIdentity(headers: Headers): CallerIdentity | null {
  const raw = headers.get(CALLER_HEADER);
  if (raw === null) return null;
  try {
    const parsed = identitySchema.safeParse(JSON.parse(decodeURIComponent(raw)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The caller's name as records show it. */
export const callerFrom = (headers: Headers): string | null => callerIdentity(headers)?.name ?? null;

export function callerName(request: Request): string {
  return callerFrom(request.headers) ?? 'anyone (open instance)';
}

/** The id of the API token the caller presented, or null (a session, an open instance). */
export const callerTokenId = (request: Request): string | null => callerIdentity(request.headers)?.tokenId ?? null;

/** Callers gateApiRoute let through, per request (the proxy skipped those requests: no header). */
const gatedCallers = new WeakMap<Request, CallerIdentity>();

export function rememberGatedCaller(request: Request, caller: CallerIdentity | null): void {
  if (caller !== null) gatedCallers.set(request, caller);
}

/** The caller the proxy found (its header), else the one gateApiRoute found, else null. */
export const requestCaller = (request: Request): CallerIdentity | null =>
  callerIdentity(request.headers) ?? gatedCallers.get(request) ?? null;
