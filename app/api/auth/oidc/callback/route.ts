// GET /api/auth/oidc/callback?code=…&state=… – where the OpenID provider sends the browser back: the state
//   checked against this browser's sign-in cookie, the code redeemed, the ID token checked; signed in: a
//   session cookie and 303 to the page the sign-in started from; refused: 303 to /sign-in?error=CODE (the
//   page says why). Either way the sign-in cookie is cleared and the audit log records the outcome.
import { clientAddress } from '@/lib/server/http/client-address';
import { clearedOidcCookie, oidcCookieOf } from '@/lib/server/http/oidc-cookie';
import { NO_DATA_CHANGE, withErrors } from '@/lib/server/http/respond';
import { seeOther, signInPageFor } from '@/lib/server/http/see-other';
import { sessionCookie } from '@/lib/server/http/session-cookie';
import { finishOidcSignIn } from '@/lib/server/services/oidc-sign-in';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const outcome = await finishOidcSignIn(oidcCookieOf(request), params, clientAddress(request.headers));
  const cleared = clearedOidcCookie(request);
  if (outcome.refusal) return seeOther(signInPageFor(outcome.refusal, outcome.next), [cleared]);
  const { token, expiresAt } = outcome.signedIn;
  return seeOther(outcome.next, [cleared, sessionCookie(request, token, expiresAt)]);
}, NO_DATA_CHANGE);
