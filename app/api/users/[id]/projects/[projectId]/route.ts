// PUT /api/users/:id/projects/:projectId – { role: editor|viewer|null }: the account's role in that project
//   (project id or name) instead of its account role; null removes it (204; admins only)
import { withErrors, NO_DATA_CHANGE } from '@/lib/server/http/respond';
import { projectRoleSchema } from '@/lib/server/schemas/accounts';
import { setProjectRole } from '@/lib/server/services/user-admin-service';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; projectId: string }> };

export const PUT = withErrors(async (request: Request, { params }: Context) => {
  const { role } = projectRoleSchema.parse(await request.json().catch(() => undefined));
  const { id, projectId } = await params;
  await setProjectRole(id, projectId, role);
  return new Response(null, { status: 204 });
}, NO_DATA_CHANGE);
