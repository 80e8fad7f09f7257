// GET /api/projects/:id/change-points?status=&metric=&scope=&limit= – the project's change points, newest first
import { json, withErrors } from '@/lib/server/http/respond';
import { changePointsQuerySchema } from '@/lib/server/schemas/history';
import { listProjectChangePoints } from '@/lib/server/services/change-point-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const q = changePointsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ changePoints: await listProjectChangePoints((await params).id, q) });
});
