// The access gate every request passes (proxy.ts, and routes the proxy skips, which call it
// themselves): browser mutations from other sites are refused; with SWARMLENS_ADMIN_SECRET set,
// callers without a valid session or API token must sign in, and viewers may only read.
import { decideAccess, isCrossSiteMutation } from '../auth/access';
import { classifyDbFault } from '../db/faults';
import { authEnabled, callerOf, SESSION_COOKIE } from '../services/auth-service';
import { databaseUnavailable } from './errors';

export type GateResult =
  | { kind: 'pass'; callerName: string | null }
  | { kind: 'refuse'; status: 401 | 403 | 503 | 507; code: string; message: string }
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
    method: request.method, origin: h.get('origin'), host: h.get('x-forwarded-host') ?? h.get('host'), secFetchSite: h.get('sec-fetch-site'),
  });
  if (crossSite) return { kind: 'refuse', status: 403, code: 'cross_site', message: 'cross-site requests may not change anything' };
  if (!authEnabled()) return { kind: 'pass', callerName: 'anyone (open instance)' };
  let caller: Awaited<ReturnType<typeof callerOf>>;
  try {
    caller = await callerOf(request.sessionToken, h.get('authorization'));
  } catch (e) {
    // Database down: nobody can be identified. Public paths (the health check...) still pass as
    // anyone would; everything else gets the outage's 503, never a sign-in page or a crash.
    const fault = classifyDbFault(e);
    if (fault === null) throw e;
    if (decideAccess({ authEnabled: true, method: request.method, pathname: request.pathname, caller: null }) === 'allow') return { kind: 'pass', callerName: null };
    const err = databaseUnavailable(fault);
    return { kind: 'refuse', status: err.status as 503 | 507, code: err.code, message: err.message };
  }
  const decision = decideAccess({ authEnabled: true, method: request.method, pathname: request.pathname, caller });
  if (decision === 'sign-in') {
    return request.pathname.startsWith('/api/')
      ? { kind: 'refuse', status: 401, code: 'unauthorized', message: 'sign in, or send Authorization: Bearer <API token>' }
      : { kind: 'sign-in' };
  }
  if (decision === 'forbidden') return { kind: 'refuse', status: 403, code: 'forbidden', message: 'this API token may only read (viewer)' };
  return { kind: 'pass', callerName: caller?.name ?? null };
}

/** For an API route the proxy skips: null to go on, or the refusal to answer with. */
export async function gateApiRoute(request: Request): Promise<Response | null> {
  const pair = (request.headers.get('cookie') ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const session = pair === undefined ? null : pair.slice(SESSION_COOKIE.length + 1);
  const result = await gate({ method: request.method, pathname: new URL(request.url).pathname, headers: request.headers, sessionToken: session ? decodeURIComponent(session) : null });
  if (result.kind === 'pass') return null;
  if (result.kind === 'sign-in') return Response.json({ error: { code: 'unauthorized', message: 'sign in' } }, { status: 401 });
  return Response.json({ error: { code: result.code, message: result.message } }, { status: result.status });
}
