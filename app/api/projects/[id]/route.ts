// GET /api/projects/:id – the project (id or name) with its runs evaluated against every criteria
// set, sign-offs, and the roadmap with each item's verification by later runs
import { json, withErrors } from '@/lib/http/respond';
import { getProjectOverview } from '@/lib/services/project-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  json(await getProjectOverview(decodeURIComponent((await params).id))),
);
