// The session cookie: HttpOnly, SameSite=Lax, Secure in production whenever the browser talks HTTPS
// (also behind a TLS-terminating proxy).
import { SESSION_COOKIE } from '../services/auth-service';

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const https =
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  const secure = process.env.NODE_ENV === 'production' && https ? '; Secure' : '';
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure}`;
}

export const CLEARED_SESSION_COOKIE = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
