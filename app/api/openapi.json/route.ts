// GET /api/openapi.json – the OpenAPI 3.1 document of this API (lib/schemas/openapi.ts); public
//   (lib/auth/access.ts lists it), like /api/health
import { json, withErrors } from '@/lib/http/respond';
import { openApiDocument } from '@/lib/schemas/openapi';

export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'public, max-age=300' };

export const GET = withErrors(async () => json(openApiDocument(), { headers: HEADERS }));
