// POST /api/auth/sign-in – { secret, name? }: with SWARMLENS_ADMIN_SECRET, a session cookie
//   (HttpOnly, SameSite=Lax, Secure in production); 401 for a wrong secret
import { clientAddress } from '@/lib/server/http/client-address';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { signInSchema } from '@/lib/server/schemas/auth';
import { SESSION_COOKIE, signIn } from '@/lib/server/services/auth-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  const { secret, name } = signInSchema.parse(await request.json().catch(() => undefined));
  const { token, expiresAt } = await signIn(secret, name, clientAddress(request.headers));
  const response = json({ ok: true, name, expiresAt: expiresAt.toISOString() });
  // Secure in production whenever the browser talks HTTPS, also behind a TLS-terminating proxy.
  const https =
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  const secure = process.env.NODE_ENV === 'production' && https ? '; Secure' : '';
  response.headers.append(
    'Set-Cookie',
    `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure}`,
  );
  return response;
}, NO_DATA_CHANGE);
