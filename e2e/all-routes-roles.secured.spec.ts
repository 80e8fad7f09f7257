// Every page and API route (enumerated from app/ at test time) for named accounts: a viewer reads all but
// the admin routes and changes nothing; an editor is never refused outside the admin routes; an admin is
// refused nowhere; a revoked token and a disabled account's session are refused everywhere but the public
// routes; cross-site mutations are refused with an admin session. Signing out is left out of the loops
// (it would end the session under test) and tested in e2e/accounts.secured.spec.ts.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminSecretContext, invitedAccount } from './support/accounts';
import { ADMIN_ONLY, appRoutes, PUBLIC } from './support/app-routes';

test.describe.configure({ mode: 'serial' });

const SIGN_OUT = /^\/api\/auth\/sign-out(?:-everywhere)?$/;
const calls = appRoutes()
  .flatMap((r) => r.methods.map((method) => ({ ...r, method })))
  .filter((c) => !PUBLIC[c.pattern] && !SIGN_OUT.test(c.pattern));
const isRead = (method: string) => method === 'GET' || method === 'HEAD';
const send = (api: APIRequestContext, method: string, url: string, headers: Record<string, string> = {}) =>
  api.fetch(url, { method, headers, maxRedirects: 0, failOnStatusCode: false });

type Expect = (c: (typeof calls)[number], status: number, toSignIn: boolean) => boolean;

async function wrongCalls(api: APIRequestContext, ok: Expect): Promise<string[]> {
  const wrong: string[] = [];
  for (const c of calls) {
    const res = await send(api, c.method, c.url);
    const toSignIn = res.headers().location?.includes('/sign-in') ?? false;
    if (res.status() >= 500 || !ok(c, res.status(), toSignIn)) wrong.push(`${c.method} ${c.url}: ${res.status()}`);
  }
  return wrong;
}

const CROSS_SITE: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
const refused = (status: number, toSignIn: boolean) => status === 401 || status === 403 || toSignIn;
/** Tokens and sign-out are the caller's own: any account may make viewer tokens and revoke its own. */
const OWN = /^\/api\/tokens(?:\/\[id\])?$/;

let admin: APIRequestContext;
let baseURL = '';
test.beforeAll(async ({ playwright }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  admin = await adminSecretContext(playwright, baseURL);
});
test.afterAll(async () => admin.dispose());

test('a viewer account reads everything but the admin routes and changes nothing', async ({ playwright }) => {
  const { api } = await invitedAccount(admin, playwright, baseURL, { email: 'route-viewer@e2e.test', role: 'viewer' });
  const wrong = await wrongCalls(api, (c, status, toSignIn) => {
    if (ADMIN_ONLY.test(c.pattern)) return status === 403;
    if (isRead(c.method) || OWN.test(c.pattern)) return !refused(status, toSignIn);
    return status === 403;
  });
  await api.dispose();
  expect(wrong).toEqual([]);
});

test('an editor account is refused only the admin routes', async ({ playwright }) => {
  const { api } = await invitedAccount(admin, playwright, baseURL, { email: 'route-editor@e2e.test', role: 'editor' });
  const wrong = await wrongCalls(api, (c, status, toSignIn) =>
    ADMIN_ONLY.test(c.pattern) ? status === 403 : !refused(status, toSignIn),
  );
  await api.dispose();
  expect(wrong).toEqual([]);
});

test('an admin account is refused nowhere; cross-site mutations are refused with its session', async ({
  playwright,
}) => {
  const { api } = await invitedAccount(admin, playwright, baseURL, { email: 'route-admin@e2e.test', role: 'admin' });
  expect(await wrongCalls(api, (_c, status, toSignIn) => !refused(status, toSignIn))).toEqual([]);
  const crossSite: string[] = [];
  for (const c of calls.filter((x) => !isRead(x.method))) {
    for (const headers of CROSS_SITE) {
      const status = (await send(api, c.method, c.url, headers)).status();
      if (status !== 403) crossSite.push(`${c.method} ${c.url} ${JSON.stringify(headers)}: ${status}`);
    }
  }
  await api.dispose();
  expect(crossSite).toEqual([]);
});

test('revoked: a revoked token and a disabled account are refused on every route', async ({ playwright }) => {
  const { api, userId } = await invitedAccount(admin, playwright, baseURL, {
    email: 'route-revoked@e2e.test',
    role: 'editor',
  });
  const made = await api.post('/api/tokens', { data: { name: 'soon revoked', role: 'editor' } });
  const { id, token } = (await made.json()) as { id: string; token: string };
  const kept = await api.post('/api/tokens', { data: { name: 'dies with its owner', role: 'editor' } });
  const owned = ((await kept.json()) as { token: string }).token;
  expect((await api.delete(`/api/tokens/${id}`)).status()).toBe(204);
  expect((await admin.patch(`/api/users/${userId}`, { data: { disabled: true } })).status()).toBe(200);
  const everywhere = (c: (typeof calls)[number], status: number, toSignIn: boolean) =>
    c.kind === 'api' ? status === 401 : toSignIn;
  for (const t of [token, owned]) {
    const bearer = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${t}` },
    });
    expect(await wrongCalls(bearer, everywhere)).toEqual([]);
    await bearer.dispose();
  }
  expect(await wrongCalls(api, everywhere)).toEqual([]);
  await api.dispose();
});
