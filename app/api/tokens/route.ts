// GET /api/tokens – API tokens (never the tokens themselves: they are shown once, at creation)
// POST /api/tokens – { name, role?: viewer|editor } → 201 { id, token }
import { callerName } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { apiTokenInputSchema } from '@/lib/server/schemas/auth';
import { apiTokens, issueApiToken } from '@/lib/server/services/auth-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json({ tokens: await apiTokens() }));

export const POST = withErrors(async (request: Request) => {
  const { name, role } = apiTokenInputSchema.parse(await request.json().catch(() => undefined));
  return json(await issueApiToken(name, role, callerName(request)), {
    status: 201,
    headers: { 'Cache-Control': 'no-store' },
  });
});
