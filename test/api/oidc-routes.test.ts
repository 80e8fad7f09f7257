// The single sign-on routes in process, against a real OpenID provider (e2e/support/oidc-provider.mjs, any
// free port): start sends the browser to the provider with PKCE (S256), state and nonce, keeping them in a
// sealed HttpOnly cookie and only a local `next`; the callback refuses an answer without that cookie, with
// an expired or forged one, or with another state, and says why on /sign-in. Misconfigured or unreachable:
// /sign-in says so too. (The whole sign-in through the provider's pages: e2e/oidc.secured.spec.ts.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { startOidcProvider } from '../../e2e/support/oidc-provider.mjs';

const BASE = 'http://swarmlens.test';
const SECRET = 'routes-client-secret';
const provider = await startOidcProvider({
  port: 0,
  clients: [{ client_id: 'swarmlens', client_secret: SECRET, redirect_uris: [`${BASE}/api/auth/oidc/callback`] }],
  accounts: {},
});
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-oidc-routes-')), 'o.db')}`;
const ENV = {
  SWARMLENS_OIDC_ISSUER: provider.issuer,
  SWARMLENS_OIDC_CLIENT_ID: 'swarmlens',
  SWARMLENS_OIDC_CLIENT_SECRET: SECRET,
  SWARMLENS_OIDC_NAME: 'Test IdP',
  SWARMLENS_OIDC_SCOPES: 'groups',
};
Object.assign(process.env, ENV);
delete process.env.SWARMLENS_PUBLIC_URL;
const start = await import('../../app/api/auth/oidc/start/route');
const callback = await import('../../app/api/auth/oidc/callback/route');
const { openLoginState, sealLoginState } = await import('../../lib/server/auth/oidc/login-state');
const { database } = await import('../../lib/server/db/stores');

afterAll(() => provider.close());

const KEY = { clientSecret: SECRET, issuer: provider.issuer, clientId: 'swarmlens' };
const get = (path: string, headers: Record<string, string> = {}) => new Request(BASE + path, { headers });

async function started(next = '/runs?page=2', headers: Record<string, string> = {}) {
  const res = await start.GET(get(`/api/auth/oidc/start?next=${encodeURIComponent(next)}`, headers));
  expect(res.status).toBe(303);
  const cookie = res.headers.get('set-cookie')!;
  const sealed = /^swarmlens_oidc=([^;]+)/.exec(cookie)![1]!;
  return { to: new URL(res.headers.get('location')!), cookie, sealed, login: openLoginState(sealed, KEY)! };
}

describe('start', () => {
  test('to the provider: code flow, PKCE S256, state, nonce, the scopes; all kept in a sealed cookie', async () => {
    const { to, cookie, login } = await started();
    expect(`${to.origin}${to.pathname}`).toBe(`${provider.issuer}/auth`);
    const q = Object.fromEntries(to.searchParams);
    expect(q).toMatchObject({
      response_type: 'code',
      client_id: 'swarmlens',
      redirect_uri: `${BASE}/api/auth/oidc/callback`,
      scope: 'openid email profile groups',
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    expect(q.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(q.code_challenge).not.toBe(login.codeVerifier);
    expect(login).toMatchObject({ next: '/runs?page=2', redirectUri: `${BASE}/api/auth/oidc/callback` });
    expect(cookie).toMatch(/; Path=\/api\/auth\/oidc; HttpOnly; SameSite=Lax; Max-Age=600$/);
    expect(cookie).not.toContain(login.state);
    const again = await started();
    expect(again.login.state).not.toBe(login.state);
    expect(again.login.codeVerifier).not.toBe(login.codeVerifier);
  });

  test('only a local path is kept as next; behind a proxy the redirect URI is its address', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example'])
      expect((await started(next)).login.next).toBe('/');
    const proxied = await started('/', { 'x-forwarded-host': 'lens.example.com', 'x-forwarded-proto': 'https' });
    expect(proxied.to.searchParams.get('redirect_uri')).toBe('https://lens.example.com/api/auth/oidc/callback');
  });

  test('misconfigured, unreachable or off: back to /sign-in saying so, keeping next', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const at = async () => (await start.GET(get('/api/auth/oidc/start?next=%2Fruns'))).headers.get('location');
    try {
      process.env.SWARMLENS_OIDC_DEFAULT_ROLE = 'owner';
      expect(await at()).toBe('/sign-in?error=misconfigured&next=%2Fruns');
      expect(String(errors.mock.calls[0]?.[0])).toContain('SWARMLENS_OIDC_DEFAULT_ROLE: "owner" is not a role');
      delete process.env.SWARMLENS_OIDC_DEFAULT_ROLE;
      process.env.SWARMLENS_OIDC_ISSUER = 'http://127.0.0.1:1/realms/none';
      expect(await at()).toBe('/sign-in?error=provider_unreachable&next=%2Fruns');
      delete process.env.SWARMLENS_OIDC_ISSUER;
      expect(await at()).toBe('/sign-in?error=sso_off&next=%2Fruns');
    } finally {
      Object.assign(process.env, ENV);
      delete process.env.SWARMLENS_OIDC_DEFAULT_ROLE;
      errors.mockRestore();
    }
  });
});

describe('callback', () => {
  const back = (query: string, sealed: string | null) =>
    callback.GET(get(`/api/auth/oidc/callback?${query}`, sealed ? { cookie: `swarmlens_oidc=${sealed}` } : {}));

  async function refusals() {
    const db = await database();
    const events = await db.audit.listAuditEvents({ beforeId: null, limit: 50, userId: null, action: null });
    return events.filter((e) => e.action === 'sign-in.refused').map((e) => e.detail);
  }

  test('no sign-in cookie, or an expired or forged one: sign_in_expired; the cookie is cleared', async () => {
    const { login } = await started();
    const query = `code=abc&state=${login.state}&iss=${encodeURIComponent(provider.issuer)}`;
    const expired = sealLoginState(login, KEY, Date.now() - 11 * 60_000);
    const forged = sealLoginState(login, { ...KEY, clientSecret: 'guessed' });
    for (const sealed of [null, expired, forged, 'garbage']) {
      const res = await back(query, sealed);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/sign-in?error=sign_in_expired');
      expect(res.headers.get('set-cookie')).toMatch(/^swarmlens_oidc=; Path=\/api\/auth\/oidc; .*Max-Age=0/);
    }
    expect(await refusals()).toContain(
      'single sign-on (Test IdP): sign_in_expired: no sign-in in progress in this browser',
    );
  });

  test('another state: state_mismatch, back to /sign-in with next; no session', async () => {
    const { login, sealed } = await started('/projects');
    const res = await back(`code=abc&state=forged&iss=${encodeURIComponent(provider.issuer)}`, sealed);
    expect(res.headers.get('location')).toBe('/sign-in?error=state_mismatch&next=%2Fprojects');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('swarmlens_session='))).toBe(false);
    expect(login.state).not.toBe('forged');
  });

  test('the provider answered with an error: provider_refused, with its words in the audit log', async () => {
    const { login, sealed } = await started();
    const iss = encodeURIComponent(provider.issuer);
    const res = await back(`error=access_denied&error_description=no&state=${login.state}&iss=${iss}`, sealed);
    expect(res.headers.get('location')).toBe('/sign-in?error=provider_refused&next=%2Fruns%3Fpage%3D2');
    expect(await refusals()).toContain('single sign-on (Test IdP): provider_refused: access_denied: no');
  });

  test('a code the provider never issued: code_rejected', async () => {
    const { login, sealed } = await started();
    const res = await back(`code=made-up&state=${login.state}&iss=${encodeURIComponent(provider.issuer)}`, sealed);
    expect(res.headers.get('location')).toMatch(/^\/sign-in\?error=code_rejected\b/);
  });
});
