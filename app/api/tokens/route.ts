// GET /api/tokens – the caller's API tokens, every token for an admin (never the tokens themselves: they are
//   shown once, at creation)
// POST /api/tokens – { name, role?: viewer|editor } → 201 { id, token }; only a signed-in session
//   (an API token gets 403 session_required: lib/server/auth/access.ts)
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { apiTokenInputSchema } from '@/lib/server/schemas/auth';
import { apiTokensFor, issueApiToken } from '@/lib/server/services/token-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => json({ tokens: await apiTokensFor(requestCaller(request)) }));

export const POST = withErrors(async (request: Request) => {
  const { name, role } = apiTokenInputSchema.parse(await request.json().catch(() => undefined));
  return json(await issueApiToken(name, role, requestCaller(request)), { status: 201 });
}, NO_DATA_CHANGE);
