// POST /api/auth/sign-out – ends the session (revoked in the database) and clears the cookie
import { cookies } from 'next/headers';
import { CLEARED_SESSION_COOKIE } from '@/lib/server/http/session-cookie';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { SESSION_COOKIE, signOut } from '@/lib/server/services/auth-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async () => {
  await signOut((await cookies()).get(SESSION_COOKIE)?.value ?? null);
  const response = json({ ok: true });
  response.headers.append('Set-Cookie', CLEARED_SESSION_COOKIE);
  return response;
}, NO_DATA_CHANGE);
