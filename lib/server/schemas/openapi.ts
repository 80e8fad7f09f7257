// The OpenAPI 3.1 document of the HTTP API (served at GET /api/openapi.json): the route table
// (openapi-routes.ts) with request bodies as JSON Schema generated from the zod schemas that validate
// them (zod 4 `z.toJSONSchema`, input side: what a client sends; openapi-bodies.ts). Pure: no
// framework, no I/O. Prose and response shapes: docs/contract.md; test/contract/openapi.test.ts keeps
// the document complete.
import { z } from 'zod';
import { BODIES } from './openapi-bodies';
import { API_ROUTES, type RouteDoc } from './openapi-routes';

export { API_ROUTES, type RouteDoc } from './openapi-routes';

type Json = Record<string, unknown>;

const ERRORS = {
  400: 'bad request',
  401: 'sign in, or send a Bearer token',
  403: 'forbidden, or a cross-site mutation',
  503: 'database unavailable',
} as const;
const MEDIA = { csv: 'text/csv', md: 'text/markdown', bytes: 'application/octet-stream' } as const;
const ERROR_REF = { $ref: '#/components/schemas/Error' };

function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

/** `GET /api/runs/{id}/files/{fileId}` -> `getApiRunsIdFilesFileId`. */
function operationId(r: RouteDoc): string {
  const words = r.path
    .replace(/[{}]/g, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  return r.method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function parameters(r: RouteDoc): Json[] {
  const path = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = Object.entries(r.query ?? {}).map(([name, description]) => ({
    name,
    in: 'query',
    required: description.includes('(required)'),
    description,
    schema: { type: 'string' },
  }));
  return [...path, ...query];
}

function responses(r: RouteDoc): Json {
  const content: Json = r.produces === 'bytes' ? {} : { 'application/json': {} };
  if (r.produces) content[MEDIA[r.produces]] = {};
  const statuses: Record<string, string> = {
    ...(r.body || r.query ? { 400: ERRORS[400] } : {}),
    ...(r.public ? {} : { 401: ERRORS[401], 403: ERRORS[403] }),
    503: ERRORS[503],
    ...r.responses,
  };
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [
      status,
      Number(status) < 400
        ? { description, content }
        : { description, content: { 'application/json': { schema: ERROR_REF } } },
    ]),
  );
}

function operation(r: RouteDoc): Json {
  const params = parameters(r);
  const media = r.body === 'RunUpload' ? 'multipart/form-data' : 'application/json';
  const schema = { $ref: `#/components/schemas/${r.body}` };
  const body = r.body && { required: true, content: { [media]: { schema } } };
  return {
    operationId: operationId(r),
    summary: r.summary,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(r),
    // Public routes need no credentials (lib/server/auth/access.ts).
    ...(r.public ? { security: [] } : {}),
  };
}

function componentSchemas(): Json {
  const schemas: Json = Object.fromEntries(Object.entries(BODIES).map(([name, s]) => [name, jsonSchema(s)]));
  // The upload is multipart: its files and `encodings` beside the validated text fields.
  const upload = jsonSchema(BODIES.RunUpload);
  const fields = z.record(z.string(), z.unknown()).parse(upload.properties ?? {});
  schemas.RunUpload = {
    ...upload,
    properties: {
      files: { type: 'array', items: { type: 'string', contentEncoding: 'binary' } },
      encodings: { type: 'string', description: 'JSON object: file name -> WHATWG encoding label' },
      ...fields,
    },
    required: ['files'],
  };
  schemas.Error = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      },
    },
  };
  return schemas;
}

/** The document; `routes` defaults to API_ROUTES. */
export function openApiDocument(routes: RouteDoc[] = API_ROUTES): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method.toLowerCase()] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Swarmlens API',
      version: '1',
      description: 'Locust results: runs, comparisons, criteria, roadmap, share links. Rules: docs/contract.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API token' },
        session: { type: 'apiKey', in: 'cookie', name: 'swarmlens_session' },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  };
}
