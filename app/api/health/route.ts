// GET /api/health – 200 { ok, db } when the database answers.
import { withErrors, json } from '@/lib/http/respond';
import { checkHealth } from '@/lib/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json(await checkHealth()));
