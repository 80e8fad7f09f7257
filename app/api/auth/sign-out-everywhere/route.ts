// POST /api/auth/sign-out-everywhere – ends every session of the signed-in account, this one included
//   (signed in with the admin secret: every admin-secret session); { ended } and the cookie cleared.
//   API tokens are not sessions and stay (revoke them at /settings/tokens).
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { CLEARED_SESSION_COOKIE } from '@/lib/server/http/session-cookie';
import { signOutEverywhere } from '@/lib/server/services/auth-service';
import { badRequest } from '@/lib/server/services/errors';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  const caller = requestCaller(request);
  if (!caller) throw badRequest('access control is off: there are no sessions to end');
  const response = json({ ended: await signOutEverywhere(caller) });
  response.headers.append('Set-Cookie', CLEARED_SESSION_COOKIE);
  return response;
}, NO_DATA_CHANGE);
