// GET /api/auth/oidc/start?next=/local/path – single sign-on: 303 to the OpenID provider's sign-in page
//   (authorization code flow with PKCE), the sign-in's sealed state in a 10-minute HttpOnly cookie; 303 to
//   /sign-in?error=CODE when single sign-on is off or misconfigured, or the provider cannot be reached
import { oidcCookie } from '@/lib/server/http/oidc-cookie';
import { NO_DATA_CHANGE, withErrors } from '@/lib/server/http/respond';
import { seeOther, signInPageFor } from '@/lib/server/http/see-other';
import { beginOidcSignIn } from '@/lib/server/services/oidc-sign-in';
import { SsoRefusal } from '@/lib/server/services/sso-refusal';
import { localPath } from '@/lib/view/auth/next-path';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const next = localPath(new URL(request.url).searchParams.get('next'));
  try {
    const { url, sealed } = await beginOidcSignIn(request, next);
    return seeOther(url, [oidcCookie(request, sealed)]);
  } catch (e) {
    if (e instanceof SsoRefusal) return seeOther(signInPageFor(e, next));
    throw e;
  }
}, NO_DATA_CHANGE);
