// GET /api/runs – paged list (?page=&pageSize=&project=&tag=&branch=&environment=&sort=&order=)
// POST /api/runs – multipart upload of one or more runs' files, parsed as they stream in; stored atomically;
//   optional field `encodings` = {"<file name>":"<encoding>"} overrides the detected encodings, `meta` = JSON
//   provenance (lib/server/schemas/run-meta.ts); stored
//   even when the same files are stored already (`duplicateOf` names those runs)
import { baseUrlOf } from '@/lib/server/auth/public-url';
import { gateApiRoute } from '@/lib/server/http/gate';
import { readUpload } from '@/lib/server/http/read-upload';
import { readUploadFields } from '@/lib/server/http/upload-fields';
import { json, withErrors } from '@/lib/server/http/respond';
import { listRunsQuerySchema } from '@/lib/view/run/list-query';
import { DEFAULT_PROJECT, listRunsPage, storeUpload } from '@/lib/server/services/runs-service';
import { requireEditor } from '@/lib/server/services/project-access';
import { applyEncodings, intakeFile } from '@/lib/server/services/upload-intake';

export const dynamic = 'force-dynamic';

// proxy.ts skips this route (so uploads stream in unbuffered): both handlers pass the gate here.
export const GET = withErrors(async (request: Request) => {
  const gated = await gateApiRoute(request);
  if (gated.refusal) return gated.refusal;
  const query = listRunsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await listRunsPage(query));
});

export const POST = withErrors(async (request: Request) => {
  const gated = await gateApiRoute(request);
  if (gated.refusal) return gated.refusal;
  const { files, fields } = await readUpload(request, intakeFile);
  const meta = readUploadFields(fields);
  await requireEditor(gated.caller, { project: meta.project ?? DEFAULT_PROJECT });
  // `encodings`: JSON, file name -> encoding label chosen by the user (400 when unknown).
  // baseUrl: webhook payloads link the runs absolutely (SWARMLENS_PUBLIC_URL, else this request's origin).
  const { runs } = await storeUpload(await applyEncodings(files, fields.encodings), {
    ...meta,
    baseUrl: baseUrlOf(request),
  });
  const first = runs[0]!;
  const url = (id: string) => `/runs/${id}`;
  // duplicateOf: runs stored before with exactly the same files (the first run's; each run's in runs[]).
  return json(
    {
      id: first.id,
      url: url(first.id),
      duplicateOf: first.duplicateOf,
      runs: runs.map((r) => ({ ...r, url: url(r.id) })),
    },
    { status: 201, headers: { Location: `/api/runs/${first.id}` } },
  );
});
