// DELETE /api/tokens/:id – revokes the token: refused (401) from the next request on, and so are the
//   share links it made (404); only a signed-in session (an API token gets 403 session_required)
import { withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { requestCaller } from '@/lib/server/http/caller';
import { revokeToken } from '@/lib/server/services/token-service';

export const dynamic = 'force-dynamic';

export const DELETE = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await revokeToken((await params).id, requestCaller(request));
  return new Response(null, { status: 204 });
}, NO_DATA_CHANGE);
