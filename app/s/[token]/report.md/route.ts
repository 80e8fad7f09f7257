// GET /s/TOKEN/report.md – a share link's Markdown report, open without signing in like the share page:
// a comparison's report as its owner downloads it (verdict first), or a run's verdict and figures. 404 alike
// for unknown, expired and revoked links, for links whose runs are gone, and for project shares.
import { clientAddress } from '@/lib/server/http/client-address';
import { withErrors } from '@/lib/server/http/respond';
import { shareReport } from '@/lib/server/services/share-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const { fileName, markdown } = await shareReport(token, clientAddress(request.headers));
  return new Response(markdown, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
});
