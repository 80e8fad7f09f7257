// DELETE /api/shares/:id – revokes the link: it answers 404 from the next request on
import { requestCaller } from '@/lib/server/http/caller';
import { requireEditor } from '@/lib/server/services/project-access';
import { withErrors } from '@/lib/server/http/respond';
import { revokeShareLink } from '@/lib/server/services/share-service';

export const dynamic = 'force-dynamic';

export const DELETE = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireEditor(requestCaller(request), { share: (await params).id });
  await revokeShareLink((await params).id);
  return new Response(null, { status: 204 });
});
