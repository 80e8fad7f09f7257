// The access gate every request passes (proxy.ts, and routes the proxy skips, which call it
// themselves): browser mutations from other sites are refused; an address that has presented too
// many unknown tokens is refused a while (429); with SWARMLENS_ADMIN_SECRET set, callers without a
// valid session or API token must sign in, viewers may only read, and only a session manages tokens. A worker's own
// warm-up reads as a viewer with its live token (lib/server/auth/warm-up.ts).
// Every refusal depends on the caller's credentials: shared caches must not keep it.
import { decideAccess, isCrossSiteMutation, presentsPathToken, type CallerIdentity } from '../auth/access';
import { bearerToken } from '../auth/tokens';
import { classifyDbFault } from '../db/faults';
import { authEnabled, callerOf, SESSION_COOKIE } from '../services/auth-service';
import { tokenGuessWaitMs } from '../services/token-guesses';
import { WARM_UP_HEADER, warmUpCaller } from '../auth/warm-up';
import { rememberGatedCaller } from './caller';
import { clientAddress } from './client-address';
import { PER_CALLER_HEADERS } from './security-headers';
import { databaseUnavailable, DB_RETRY_AFTER_S } from '../services/errors';

export type GateResult =
  /** `caller` null: access control off, or a public path (or the database down on one). */
  | { kind: 'pass'; caller: CallerIdentity | null }
  | { kind: 'refuse'; status: 401 | 403 | 429 | 503 | 507; code: string; message: string; retryAfterS?: number }
  | { kind: 'sign-in' };

export interface GateRequest {
  method: string;
  pathname: string;
  headers: Headers;
  sessionToken: string | null;
}

export async function gate(request: GateRequest): Promise<GateResult> {
  const h = request.headers;
  const crossSite = isCrossSiteMutation({
    method: request.method,
    origin: h.get('origin'),
    host: h.get('x-forwarded-host') ?? h.get('host'),
    secFetchSite: h.get('sec-fetch-site'),
  });
  if (crossSite)
    return { kind: 'refuse', status: 403, code: 'cross_site', message: 'cross-site requests may not change anything' };
  const on = authEnabled();
  const address = clientAddress(h);
  const presentsToken = presentsPathToken(request.pathname) || (on && bearerToken(h.get('authorization')) !== null);
  let caller: Awaited<ReturnType<typeof callerOf>> = null;
  try {
    const waitMs = presentsToken ? await tokenGuessWaitMs(address) : 0;
    if (waitMs > 0) {
      const retryAfterS = Math.ceil(waitMs / 1000);
      return {
        kind: 'refuse',
        status: 429,
        code: 'too_many_attempts',
        message: `too many unknown links or tokens from your address: try again in ${Math.ceil(retryAfterS / 60)} min`,
        retryAfterS,
      };
    }
    if (!on) return { kind: 'pass', caller: null };
    caller =
      warmUpCaller(request.method, h.get(WARM_UP_HEADER)) ??
      (await callerOf(request.sessionToken, h.get('authorization'), address));
  } catch (e) {
    return outage(e, request);
  }
  const decision = decideAccess({ authEnabled: true, method: request.method, pathname: request.pathname, caller });
  if (decision === 'sign-in') {
    return request.pathname.startsWith('/api/')
      ? {
          kind: 'refuse',
          status: 401,
          code: 'unauthorized',
          message: 'sign in, or send Authorization: Bearer <API token>',
        }
      : { kind: 'sign-in' };
  }
  if (decision === 'forbidden')
    return {
      kind: 'refuse',
      status: 403,
      code: 'forbidden',
      message: `${caller?.name ?? 'you'} may only read (viewer)`,
    };
  if (decision === 'admin-only')
    return { kind: 'refuse', status: 403, code: 'forbidden', message: 'only an admin may see or change this' };
  if (decision === 'session-only')
    return {
      kind: 'refuse',
      status: 403,
      code: 'session_required',
      message: 'API tokens cannot do this (make or revoke API tokens, sign out): sign in',
    };
  return { kind: 'pass', caller };
}

/** The database is down: nobody can be identified. Public paths (the health check...) still pass as
 *  anyone would; everything else gets the outage's 503, never a sign-in page or a crash. */
function outage(e: unknown, request: GateRequest): GateResult {
  const fault = classifyDbFault(e);
  if (fault === null) throw e;
  const access = decideAccess({ authEnabled: true, method: request.method, pathname: request.pathname, caller: null });
  if (access === 'allow') return { kind: 'pass', caller: null };
  const err = databaseUnavailable(fault);
  return {
    kind: 'refuse',
    status: err.status as 503 | 507,
    code: err.code,
    message: err.message,
    retryAfterS: err.status === 503 ? DB_RETRY_AFTER_S : undefined,
  };
}

/** The refusal as an HTTP response: JSON for the API, plain text for pages. */
export function refusalResponse(result: Extract<GateResult, { kind: 'refuse' }>, pathname: string): Response {
  const headers: Record<string, string> = { ...PER_CALLER_HEADERS };
  if (result.retryAfterS !== undefined) headers['Retry-After'] = String(result.retryAfterS);
  if (pathname.startsWith('/api/'))
    return Response.json({ error: { code: result.code, message: result.message } }, { status: result.status, headers });
  return new Response(`${result.message}\n`, {
    status: result.status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** For an API route the proxy skips: the caller to go on with (null: access control off), or the
 *  refusal to answer with. */
export async function gateApiRoute(
  request: Request,
): Promise<{ refusal: Response } | { refusal: null; caller: CallerIdentity | null }> {
  const pair = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const session = pair === undefined ? null : pair.slice(SESSION_COOKIE.length + 1);
  const pathname = new URL(request.url).pathname;
  const result = await gate({
    method: request.method,
    pathname,
    headers: request.headers,
    // Session tokens are base64url: nothing to decode (and a stray % must not throw).
    sessionToken: session || null,
  });
  if (result.kind === 'pass') {
    // What the route does next is done by this caller: the audit log records it (requestCaller).
    rememberGatedCaller(request, result.caller);
    return { refusal: null, caller: result.caller };
  }
  if (result.kind === 'sign-in')
    return {
      refusal: Response.json(
        { error: { code: 'unauthorized', message: 'sign in' } },
        { status: 401, headers: PER_CALLER_HEADERS },
      ),
    };
  return { refusal: refusalResponse(result, pathname) };
}
