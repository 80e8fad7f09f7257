// POST /api/users/:id/sign-out – ends every session of the account → { ended } (admins only)
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { endSessionsOf } from '@/lib/server/services/user-admin-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
    json({ ended: await endSessionsOf((await params).id) }),
  NO_DATA_CHANGE,
);
