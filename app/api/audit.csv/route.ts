// GET /api/audit.csv?user=USER_ID&action=ACTION – every matching audit event as CSV, newest first
//   (columns at,actor,user_id,via,address,action,target,status,detail), streamed 1,000 rows at a time;
//   a download named swarmlens-audit-YYYY-MM-DD.csv. Admins only (lib/server/auth/access.ts ADMIN_PATHS).
import { auditCsvFileName, auditCsvHeader, auditCsvLines } from '@/lib/domain/report/audit-csv';
import { withErrors } from '@/lib/server/http/respond';
import { auditFilterSchema } from '@/lib/server/schemas/audit';
import { everyAuditEvent } from '@/lib/server/services/audit-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const q = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const pages = everyAuditEvent({ userId: q.user, action: q.action });
  // The first page is read before answering: a database outage is a 503, not a 200 cut short.
  const first = await pages.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(auditCsvHeader() + (first.done ? '' : auditCsvLines(first.value))));
      if (first.done) controller.close();
    },
    // One page per pull: the next is read once the client has taken this one.
    async pull(controller) {
      const page = await pages.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(auditCsvLines(page.value)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${auditCsvFileName(new Date())}"`,
    },
  });
});
