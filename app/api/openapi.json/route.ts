// GET /api/openapi.json – the OpenAPI 3.1 document of this API (lib/server/schemas/openapi.ts); public
//   (lib/server/auth/access.ts lists it), like /api/health
import { json, withErrors, PUBLIC_ANSWER } from '@/lib/server/http/respond';
import { openApiDocument } from '@/lib/server/schemas/openapi';

export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'public, max-age=300' };

export const GET = withErrors(async () => json(openApiDocument(), { headers: HEADERS }), PUBLIC_ANSWER);
