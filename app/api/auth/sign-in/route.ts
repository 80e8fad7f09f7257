// POST /api/auth/sign-in – { email, password } (a named account) or { secret, name? } (the admin secret,
//   break-glass), either with endOtherSessions?: true to end every other session of the account; a session
//   cookie (HttpOnly, SameSite=Lax, Secure in production); 401 when wrong, 429 while throttled
import { clientAddress } from '@/lib/server/http/client-address';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { sessionCookie } from '@/lib/server/http/session-cookie';
import { signInSchema } from '@/lib/server/schemas/auth';
import { signInWithPassword, signInWithSecret } from '@/lib/server/services/sign-in-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  const input = signInSchema.parse(await request.json().catch(() => undefined));
  const address = clientAddress(request.headers);
  const signedIn =
    'secret' in input
      ? await signInWithSecret(input.secret, input.name, address, input.endOtherSessions)
      : await signInWithPassword(input.email, input.password, address, input.endOtherSessions);
  const response = json({ ok: true, name: signedIn.name, expiresAt: signedIn.expiresAt.toISOString() });
  response.headers.append('Set-Cookie', sessionCookie(request, signedIn.token, signedIn.expiresAt));
  return response;
}, NO_DATA_CHANGE);
