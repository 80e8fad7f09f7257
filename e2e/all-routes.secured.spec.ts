// With access control on, every page and API route of the app (enumerated from app/ at test time)
// refuses anonymous callers (pages: sign-in redirect; API: 401), lets a viewer token read but not
// change anything (403), and refuses cross-site browser mutations even with an editor session. Every
// dynamic segment holding a lone % (%25) answers without a 5xx (params arrive decoded; never decode twice).
// Only the routes listed in PUBLIC are open, so making a route public by accident fails here.
// Named accounts (viewer, editor, admin, revoked): e2e/all-routes-roles.secured.spec.ts.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN_ONLY, appRoutes, PUBLIC } from './support/app-routes';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-admin-secret';
const routes = appRoutes();
const calls = routes.flatMap((r) => r.methods.map((method) => ({ ...r, method })));
const CROSS_SITE: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
const mutations = calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD');
const send = (api: APIRequestContext, method: string, url: string, headers: Record<string, string> = {}) =>
  api.fetch(url, { method, headers, maxRedirects: 0, failOnStatusCode: false });

test('the enumeration finds the app: pages and API routes with their methods', () => {
  expect(routes.filter((r) => r.kind === 'page').length).toBeGreaterThanOrEqual(14);
  expect(calls.filter((c) => c.kind === 'api').length).toBeGreaterThanOrEqual(35);
  expect(calls).toContainEqual(expect.objectContaining({ pattern: '/api/runs', method: 'POST' }));
  expect(calls).toContainEqual(expect.objectContaining({ pattern: '/api/runs/[id]', method: 'DELETE' }));
});

test('anonymous: every non-public page redirects to sign-in and every non-public API call answers 401', async ({
  request,
}) => {
  const wrong: string[] = [];
  for (const c of calls) {
    const res = await send(request, c.method, c.url);
    const open = PUBLIC[c.pattern];
    const ok = open
      ? open.includes(res.status())
      : c.kind === 'page'
        ? res.status() === 307 && res.headers().location?.includes(`/sign-in?next=${encodeURIComponent(c.url)}`)
        : res.status() === 401;
    if (!ok) wrong.push(`${c.method} ${c.url}: ${res.status()}`);
  }
  expect(wrong).toEqual([]);
});

test('a viewer token reads everything and changes nothing', async ({ request, playwright }, testInfo) => {
  const session = await request.post('/api/auth/sign-in', { data: { secret: SECRET, name: 'Route check' } });
  expect(session.status()).toBe(200);
  const made = await request.post('/api/tokens', { data: { name: 'route check viewer', role: 'viewer' } });
  const { token } = (await made.json()) as { token: string };
  const viewer = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const wrong: string[] = [];
  for (const c of calls.filter((x) => !PUBLIC[x.pattern])) {
    const res = await send(viewer, c.method, c.url);
    const status = res.status();
    const reads = (c.method === 'GET' || c.method === 'HEAD') && !ADMIN_ONLY.test(c.pattern);
    const toSignIn = res.headers().location?.includes('/sign-in') ?? false;
    if (reads ? [401, 403].includes(status) || toSignIn || status >= 500 : status !== 403)
      wrong.push(`${c.method} ${c.url}: ${status}`);
  }
  await viewer.dispose();
  expect(wrong).toEqual([]);
});

test('a dynamic segment holding % answers no 5xx, on every route and method (editor session)', async ({ request }) => {
  expect((await request.post('/api/auth/sign-in', { data: { secret: SECRET, name: 'Route check' } })).status()).toBe(
    200,
  );
  const wrong: string[] = [];
  for (const c of calls.filter((x) => x.pattern.includes('['))) {
    const url = c.pattern.replace(/\[[^[\]]+\]/g, '%25');
    const status = (await send(request, c.method, url)).status();
    if (status >= 500) wrong.push(`${c.method} ${url}: ${status}`);
  }
  expect(wrong).toEqual([]);
});

async function crossSiteAccepted(api: APIRequestContext): Promise<string[]> {
  const wrong: string[] = [];
  for (const c of mutations) {
    for (const headers of CROSS_SITE) {
      const res = await send(api, c.method, c.url, headers);
      if (res.status() !== 403) wrong.push(`${c.method} ${c.url} ${JSON.stringify(headers)}: ${res.status()}`);
    }
  }
  return wrong;
}

test('with an editor session, cross-site mutations are refused on every route (Origin and Sec-Fetch-Site)', async ({
  request,
}) => {
  expect((await request.post('/api/auth/sign-in', { data: { secret: SECRET, name: 'Route check' } })).status()).toBe(
    200,
  );
  expect(await crossSiteAccepted(request)).toEqual([]);
});

test('with access control off (the open instance), cross-site mutations are refused on every route too', async ({
  playwright,
}, testInfo) => {
  const secured = new URL(testInfo.project.use.baseURL!);
  secured.port = String(Number(secured.port) - 1);
  const open = await playwright.request.newContext({ baseURL: secured.origin });
  expect((await open.get('/api/runs')).status()).toBe(200);
  expect(await crossSiteAccepted(open)).toEqual([]);
  await open.dispose();
});
