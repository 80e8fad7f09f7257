// GET /api/users – every account with its project roles (admins only: lib/server/auth/access.ts)
import { json, withErrors } from '@/lib/server/http/respond';
import { listUsers } from '@/lib/server/services/user-admin-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json({ users: await listUsers() }));
