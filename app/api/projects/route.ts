// GET /api/projects – every project with its run count
import { json, withErrors } from '@/lib/server/http/respond';
import { listFilters } from '@/lib/server/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json({ projects: (await listFilters()).projects }));
