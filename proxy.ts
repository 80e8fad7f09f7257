// Every request passes here first (Next.js 16 proxy, Node.js runtime) through the access gate
// (lib/server/http/gate.ts). The caller's name is passed on to routes in a header that clients cannot
// set themselves. Pages get a Content-Security-Policy with a fresh nonce (Next.js reads it from the
// request's CSP header and puts it on its scripts). /api/runs is skipped: Next.js would buffer
// every upload whole (twice) before a proxied route sees it, so that route streams the upload and
// calls the gate itself.
import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { CALLER_HEADER, encodeCaller } from './lib/server/http/caller';
import { gate, refusalResponse } from './lib/server/http/gate';
import { pageContentSecurityPolicy, PER_CALLER_HEADERS } from './lib/server/http/security-headers';
import { SESSION_COOKIE } from './lib/server/services/auth-service';

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const result = await gate({
    method: request.method,
    pathname,
    headers: request.headers,
    sessionToken: request.cookies.get(SESSION_COOKIE)?.value ?? null,
  });
  if (result.kind === 'refuse') return refusalResponse(result, pathname);
  if (result.kind === 'sign-in') {
    const url = new URL('/sign-in', request.url);
    url.searchParams.set('next', pathname + search);
    // Signed in, the same URL is the page: no cache may answer it with this redirect.
    return NextResponse.redirect(url, { headers: PER_CALLER_HEADERS });
  }
  // The home page is the runs list: redirected here, without rendering app/page.tsx (~20 ms of a worker).
  if (pathname === '/')
    return NextResponse.redirect(new URL(`/runs${search}`, request.url), { headers: PER_CALLER_HEADERS });
  const headers = new Headers(request.headers);
  headers.delete(CALLER_HEADER);
  if (result.caller !== null) headers.set(CALLER_HEADER, encodeCaller(result.caller));
  if (pathname.startsWith('/api/')) return NextResponse.next({ request: { headers } });
  const policy = pageContentSecurityPolicy({
    nonce: randomBytes(16).toString('base64'),
    development: process.env.NODE_ENV === 'development',
  });
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Only real static files are skipped, and the upload route (it calls the gate itself):
  // `/favicon.icox` or `/api/runs/x` must pass through the proxy like any page.
  matcher: ['/((?!_next/static/|_next/image$|icon\\.svg$|favicon\\.ico$|api/runs$).*)'],
};
