// GET /api/runs – paged list (?page=&pageSize=&project=&tag=&sort=&order=)
// POST /api/runs – multipart upload of one or more runs' files; stored atomically
import { readUpload } from '@/lib/http/read-upload';
import { json, withErrors } from '@/lib/http/respond';
import { listRunsQuerySchema, uploadFieldsSchema } from '@/lib/schemas/runs';
import { listRunsPage, uploadRuns } from '@/lib/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const query = listRunsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await listRunsPage(query));
});

export const POST = withErrors(async (request: Request) => {
  const { files, fields } = await readUpload(request);
  const meta = uploadFieldsSchema.parse(fields);
  const { runs } = await uploadRuns({ files, ...meta });
  const first = runs[0]!;
  const url = (id: string) => `/runs/${id}`;
  return json(
    { id: first.id, url: url(first.id), runs: runs.map((r) => ({ ...r, url: url(r.id) })) },
    { status: 201, headers: { Location: `/api/runs/${first.id}` } },
  );
});
