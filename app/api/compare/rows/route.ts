// GET /api/compare/rows?runs=ID,ID[&baseline=ID][&target=ID][&steps=1][&group=NAME=PREFIX…][&window=whole|steady]
//   – the compare page's rows, fetched once the page is interactive: every endpoint (packed) and the attribution
//   rows, in the page's own format (lib/view/compare/rows.ts; not the public Comparison JSON, and it may change).
import { json, withErrors } from '@/lib/server/http/respond';
import { comparisonRows } from '@/lib/server/services/compare-rows-service';
import { parseCompareQuery, type SearchParams } from '@/lib/view/compare/query';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const search = new URL(request.url).searchParams;
  const params: SearchParams = {};
  for (const name of new Set(search.keys())) params[name] = search.getAll(name);
  return json(await comparisonRows(parseCompareQuery(params)), { headers: { 'Cache-Control': 'private, no-store' } });
});
