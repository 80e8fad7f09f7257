// GET /s/TOKEN/rows.json – the rows a shared comparison's page fetches once it is interactive (every endpoint and
// the attribution rows; lib/view/compare/rows.ts), open without signing in like the page. It counts no view (the
// page did). 404 alike for unknown, expired and revoked links, for links whose runs are gone, and for run and
// project links.
import { clientAddress } from '@/lib/server/http/client-address';
import { json, withErrors } from '@/lib/server/http/respond';
import { shareRows } from '@/lib/server/services/share-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const rows = await shareRows(token, clientAddress(request.headers));
  return json(rows, { headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } });
});
