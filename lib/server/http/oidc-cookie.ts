// The cookie that carries a single sign-on in progress from /api/auth/oidc/start to /callback
// (lib/server/auth/oidc/login-state.ts seals it): HttpOnly, sent only to /api/auth/oidc, SameSite=Lax
// (the provider sends the browser back with a top-level GET, which carries Lax cookies), 10 minutes,
// Secure in production whenever the browser talks HTTPS (as the session cookie).
import { LOGIN_STATE_TTL_MS } from '../auth/oidc/login-state';

export const OIDC_COOKIE = 'swarmlens_oidc';
const ATTRIBUTES = 'Path=/api/auth/oidc; HttpOnly; SameSite=Lax';

function secure(request: Request): string {
  const https =
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  return process.env.NODE_ENV === 'production' && https ? '; Secure' : '';
}

export const oidcCookie = (request: Request, sealed: string): string =>
  `${OIDC_COOKIE}=${sealed}; ${ATTRIBUTES}; Max-Age=${LOGIN_STATE_TTL_MS / 1000}${secure(request)}`;

/** Used once: the callback clears it, whatever the outcome. */
export const clearedOidcCookie = (request: Request): string =>
  `${OIDC_COOKIE}=; ${ATTRIBUTES}; Max-Age=0${secure(request)}`;

/** The sealed value the request carries, or null. */
export function oidcCookieOf(request: Request): string | null {
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const c = pair.trim();
    if (c.startsWith(`${OIDC_COOKIE}=`)) return c.slice(OIDC_COOKIE.length + 1) || null;
  }
  return null;
}
