// GET /api/audit?before=ID&limit=1..500&user=USER_ID&action=ACTION – audit events, newest first:
//   { events: [AuditEventInfo], next: ID|null } (next: the `before` of the older page; null: no older
//   one). Admins only (lib/server/auth/access.ts ADMIN_PATHS).
import { json, withErrors } from '@/lib/server/http/respond';
import { auditQuerySchema } from '@/lib/server/schemas/audit';
import { auditPage } from '@/lib/server/services/audit-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const q = auditQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await auditPage({ userId: q.user, action: q.action }, q.before, q.limit));
});
