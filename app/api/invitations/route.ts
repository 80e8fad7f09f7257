// GET /api/invitations – invitations, newest first (admins only)
// POST /api/invitations – { email, role, projectId?, projectRole?, expiresInDays? (1..30, default 7) }
//   → 201 { id, token, path }: the link (/invite/TOKEN) is shown once, here; only its hash is kept
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { invitationInputSchema } from '@/lib/server/schemas/accounts';
import { createInvitation, listInvitations } from '@/lib/server/services/invitation-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json({ invitations: await listInvitations() }));

export const POST = withErrors(async (request: Request) => {
  const input = invitationInputSchema.parse(await request.json().catch(() => undefined));
  return json(await createInvitation(input, requestCaller(request)), { status: 201 });
}, NO_DATA_CHANGE);
