// PATCH /api/users/:id – { name?, role?: viewer|editor|admin, disabled?: boolean } → { user } (admins only).
//   Disabling ends the account's sessions and its API tokens stop working. 409 last_admin when it would
//   leave no admin able to sign in and no admin secret is set.
import { json, withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { userChangeSchema } from '@/lib/server/schemas/accounts';
import { changeUser } from '@/lib/server/services/user-admin-service';

export const dynamic = 'force-dynamic';

export const PATCH = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const change = userChangeSchema.parse(await request.json().catch(() => undefined));
  return json({ user: await changeUser((await params).id, change) });
}, NO_DATA_CHANGE);
