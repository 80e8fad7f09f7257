// POST /api/invitations/accept – { token, name, password (10..200 characters) } → 201 { id, name } and a
//   session cookie: the account (its id) is made from the invitation and signed in (public: the token is the
//   credential). 404 unknown link, 410 used, revoked or expired, 409 the e-mail has an account.
import { clientAddress } from '@/lib/server/http/client-address';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { sessionCookie } from '@/lib/server/http/session-cookie';
import { acceptInvitationSchema } from '@/lib/server/schemas/accounts';
import { acceptInvitation } from '@/lib/server/services/invitation-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  const { token, name, password } = acceptInvitationSchema.parse(await request.json().catch(() => undefined));
  const accepted = await acceptInvitation(token, name, password, clientAddress(request.headers));
  const response = json({ id: accepted.userId, name: accepted.name }, { status: 201 });
  response.headers.append('Set-Cookie', sessionCookie(request, accepted.token, accepted.expiresAt));
  return response;
}, NO_DATA_CHANGE);
