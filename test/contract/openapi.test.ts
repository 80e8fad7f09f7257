// GET /api/openapi.json: an OpenAPI 3.1 document that lists every HTTP method of every route under
// app/api (enumerated from app/ at test time, as the e2e route checks do), with request bodies
// generated from the zod schemas, readable without signing in.
import { describe, expect, test } from 'vitest';
import { appRoutes } from '../../e2e/support/app-routes';
import { decideAccess } from '../../lib/server/auth/access';
import { API_ROUTES, openApiDocument } from '../../lib/server/schemas/openapi';

interface Operation {
  summary?: string;
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: object;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { type?: string; properties?: object; anyOf?: object[] }> };
}

const { GET } = await import('../../app/api/openapi.json/route');
const served = (await (await GET()).json()) as Document;
/** `/api/runs/[id]` -> `/api/runs/{id}`. */
const openApiPath = (pattern: string) => pattern.replace(/\[([^[\]]+)\]/g, '{$1}');
const calls = appRoutes()
  .filter((r) => r.kind === 'api')
  .flatMap((r) => r.methods.map((method) => ({ method: method.toLowerCase(), path: openApiPath(r.pattern) })));

describe('the OpenAPI document', () => {
  test('is served as the generator builds it', () => {
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  test('looks like OpenAPI 3.1: version, paths, operations with responses, component schemas', () => {
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths).length).toBeGreaterThanOrEqual(25);
    for (const [path, ops] of Object.entries(served.paths)) {
      expect(path).toMatch(/^\//);
      for (const [method, op] of Object.entries(ops)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    expect(served.components.schemas.Error).toBeDefined();
    expect(served.components.schemas.CriteriaSetInput?.type).toBe('object');
  });

  test('lists every HTTP method of every route under app/api, and no route that is not there', () => {
    const listed = Object.entries(served.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    const real = calls.map((c) => `${c.method} ${c.path}`);
    expect(real.filter((c) => !listed.includes(c))).toEqual([]);
    expect(listed.filter((c) => !real.includes(c))).toEqual([]);
  });

  test('every request body refers to a component schema generated from zod', () => {
    const refs = Object.values(served.paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) => Object.values(op.requestBody?.content ?? {}).map((c) => c.schema.$ref)),
    );
    expect(refs.length).toBeGreaterThanOrEqual(15);
    for (const ref of refs) {
      // An object's properties, or (sign-in: an account or the admin secret) the objects it may be.
      const schema = served.components.schemas[ref.replace('#/components/schemas/', '')];
      expect(schema?.properties ?? schema?.anyOf, ref).toBeDefined();
    }
  });

  test('routes marked public are the ones the access rules leave open, the document among them', () => {
    const open = (path: string) => {
      const pathname = path.replace(/\{\w+\}/g, 'x');
      return decideAccess({ authEnabled: true, method: 'GET', pathname, caller: null }) === 'allow';
    };
    const wrong = API_ROUTES.filter((r) => Boolean(r.public) !== open(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(wrong).toEqual([]);
    expect(open('/api/openapi.json')).toBe(true);
  });
});
