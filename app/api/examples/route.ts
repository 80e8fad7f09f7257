// POST /api/examples – store the example runs (a demo project) and return their ids
import { json, withErrors } from '@/lib/http/respond';
import { loadExampleRuns } from '@/lib/services/examples-service';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async () => json(await loadExampleRuns(), { status: 201 }));
