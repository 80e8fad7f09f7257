// DELETE /api/invitations/:id – revokes the invitation: its link makes no account from then on (204; admins only)
import { withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { revokeInvitation } from '@/lib/server/services/invitation-service';

export const dynamic = 'force-dynamic';

export const DELETE = withErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await revokeInvitation((await params).id);
  return new Response(null, { status: 204 });
}, NO_DATA_CHANGE);
