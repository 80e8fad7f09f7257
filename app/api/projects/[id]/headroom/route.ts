// GET /api/projects/:id/headroom – for every criterion of the project's sets: the newest run's headroom, the
// current era's trend and the runs (days) until a breach when the slope is significant
import { json, withErrors } from '@/lib/server/http/respond';
import { projectHeadroom } from '@/lib/server/services/headroom-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  json({ sets: await projectHeadroom((await params).id) }),
);
