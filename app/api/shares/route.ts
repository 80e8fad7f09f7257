// POST /api/shares – { kind: run|comparison|project, runs, project?, baseline?, groups?, steps?,
//   expiresAt? } → 201 { id, url, expiresAt }; the url works without signing in, until revoked (also when
//   the API token that made it is revoked); 400 for a link that could never open (groups not NAME=PREFIX,
//   load steps of a run without two)
// GET /api/shares – every link with who made it, when, expiry, revocation and view counts
import { callerName, callerTokenId, requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { json, withErrors } from '@/lib/server/http/respond';
import { shareInputSchema } from '@/lib/server/schemas/auth';
import { createShareLink, shareLinks } from '@/lib/server/services/share-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => json({ shares: await shareLinks() }));

export const POST = withErrors(async (request: Request) => {
  const input = shareInputSchema.parse(await request.json().catch(() => undefined));
  await requireEditor(requestCaller(request), input.project ? { project: input.project } : { runs: input.runs });
  const created = await createShareLink(input, callerName(request), callerTokenId(request));
  const url = new URL(created.url, request.url).toString();
  return json({ ...created, url }, { status: 201, headers: { Location: `/api/shares/${created.id}` } });
});
