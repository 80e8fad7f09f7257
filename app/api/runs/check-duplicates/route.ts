// POST /api/runs/check-duplicates – { runs: [{ sha256: [hex, ...] }] } → { runs: [{ duplicateOf: [run, ...] }] }:
//   for each run an upload would form (the sha256 of each of its files, as the upload preview computes
//   them in the browser), the stored runs of any project with exactly those files. Reads only; stores nothing.
import { errorResponse, json } from '@/lib/server/http/respond';
import { badRequest } from '@/lib/server/services/errors';
import { checkDuplicatesSchema } from '@/lib/server/schemas/duplicates';
import { findDuplicateRuns } from '@/lib/server/services/duplicate-service';

export const dynamic = 'force-dynamic';

// Not withErrors: a POST that changes nothing must not outdate every cached view (respond.ts).
export async function POST(request: Request): Promise<Response> {
  try {
    const body: unknown = await request.json().catch(() => {
      throw badRequest('the body must be JSON: { "runs": [{ "sha256": ["<hex>", ...] }] }');
    });
    const { runs } = checkDuplicatesSchema.parse(body);
    const found = await findDuplicateRuns(runs.map((r) => r.sha256));
    return json({
      runs: found.map((duplicates) => ({ duplicateOf: duplicates.map((d) => ({ ...d, url: `/runs/${d.id}` })) })),
    });
  } catch (e) {
    return errorResponse(e);
  }
}
