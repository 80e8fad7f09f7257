// Redirects of the single sign-on routes: 303 See Other (the browser follows with a GET) to a relative
// Location when on this site (the browser resolves it against the address it used, proxies included).
import type { SsoRefusal } from '../services/sso-refusal';

export function seeOther(location: string, cookies: readonly string[] = []): Response {
  const headers = new Headers({ Location: location });
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** /sign-in saying why (lib/view/auth/sso-errors.ts), then going on to `next` once signed in. */
export function signInPageFor(refusal: SsoRefusal, next: string): string {
  const query = new URLSearchParams({ error: refusal.reason });
  if (refusal.email) query.set('email', refusal.email);
  if (next !== '/') query.set('next', next);
  return `/sign-in?${query}`;
}
