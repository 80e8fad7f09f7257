// GET /api/projects/:id/sign-offs – the project's sign-off records, newest first
import { json, withErrors } from '@/lib/server/http/respond';
import { listProjectSignOffs } from '@/lib/server/services/criteria-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  json({ signOffs: await listProjectSignOffs((await params).id) }),
);
