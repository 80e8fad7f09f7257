// Every request passes here first (Next.js 16 proxy, Node.js runtime): browser mutations from
// other sites are refused; with SWARMLENS_ADMIN_SECRET set, callers without a valid session or API
// token are sent to sign in (pages) or answered 401 (API), and viewers may only read. The caller's
// name is passed on to routes in a header that clients cannot set themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { decideAccess, isCrossSiteMutation } from './lib/auth/access';
import { CALLER_HEADER, encodeCaller } from './lib/http/caller';
import { authEnabled, callerOf, SESSION_COOKIE } from './lib/services/auth-service';

const errorJson = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');
  const crossSite = isCrossSiteMutation({
    method: request.method, origin: request.headers.get('origin'),
    host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'), secFetchSite: request.headers.get('sec-fetch-site'),
  });
  if (crossSite) return errorJson(403, 'cross_site', 'cross-site requests may not change anything');
  const headers = new Headers(request.headers);
  headers.delete(CALLER_HEADER);
  if (!authEnabled()) {
    headers.set(CALLER_HEADER, encodeCaller('anyone (open instance)'));
    return NextResponse.next({ request: { headers } });
  }
  const caller = await callerOf(request.cookies.get(SESSION_COOKIE)?.value ?? null, request.headers.get('authorization'));
  const decision = decideAccess({ authEnabled: true, method: request.method, pathname, caller });
  if (decision === 'sign-in') {
    if (isApi) return errorJson(401, 'unauthorized', 'sign in, or send Authorization: Bearer <API token>');
    const url = new URL('/sign-in', request.url);
    url.searchParams.set('next', pathname + search);
    return NextResponse.redirect(url);
  }
  if (decision === 'forbidden') return errorJson(403, 'forbidden', 'this API token may only read (viewer)');
  if (caller) headers.set(CALLER_HEADER, encodeCaller(caller.name));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Only real static files are skipped: `/favicon.icox` must pass through the proxy like any page.
  matcher: ['/((?!_next/static/|_next/image$|icon\\.svg$|favicon\\.ico$).*)'],
};
