// Single sign-on end to end: a real OpenID provider (e2e/support/oidc-provider.mjs, on localhost: another
// site) and the production build with SWARMLENS_OIDC_* set (on 127.0.0.1, SQLite), driven in Chromium
// through the provider's login and consent pages. Signed in, the account has the role its group or domain
// gives; someone neither invited nor allowed is refused. A forged state, a replayed code, an ID token for
// another client, an expired one or one signed with an unknown key are refused, each with its sentence on
// /sign-in and a row in the audit log. A sign-in started on one instance finishes on another.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp } from './support/app-process.mjs';
import { CALLBACK, refusedWith, runForm, signInThroughProvider } from './support/oidc-browser';
import { startOidcProvider } from './support/oidc-provider.mjs';

test.describe.configure({ mode: 'serial' });

/** Ports E2E_PORT+2 (the app), +3 (the provider), +4 (a second instance of the app). */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const APP = `http://127.0.0.1:${PORT + 2}`;
const SECOND = `http://127.0.0.1:${PORT + 4}`;
const SECRET = 'e2e-oidc-client-secret';

const ACCOUNTS = {
  erin: { email: 'erin@corp.example', email_verified: true, name: 'Erin Editor', groups: ['perf-team'] },
  dana: { email: 'dana@allowed.example', email_verified: true, name: 'Dana Viewer', groups: [] },
  olly: { email: 'olly@elsewhere.example', email_verified: true, name: 'Olly Outsider', groups: ['marketing'] },
};

type App = Awaited<ReturnType<typeof startApp>>;
let apps: App[] = [];
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let dbFile = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dbFile = join(mkdtempSync(join(tmpdir(), 'swarmlens-e2e-oidc-')), 'oidc.db');
  provider = await startOidcProvider({
    port: PORT + 3,
    clients: [
      {
        client_id: 'swarmlens',
        client_secret: SECRET,
        redirect_uris: [`${APP}${CALLBACK}`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    accounts: ACCOUNTS,
  });
  const env = {
    SWARMLENS_OIDC_ISSUER: provider.issuer,
    SWARMLENS_OIDC_CLIENT_ID: 'swarmlens',
    SWARMLENS_OIDC_CLIENT_SECRET: SECRET,
    SWARMLENS_OIDC_NAME: 'Test IdP',
    SWARMLENS_OIDC_ALLOWED_DOMAINS: 'allowed.example',
    SWARMLENS_OIDC_ROLE_GROUPS: 'editor=perf-team',
    SWARMLENS_OIDC_SCOPES: 'groups',
    // Both instances stand behind one address, as behind a load balancer.
    SWARMLENS_PUBLIC_URL: APP,
  };
  // One after the other: the first migrates the database.
  for (const port of [PORT + 2, PORT + 4]) apps.push(await startApp({ port, databaseUrl: `file:${dbFile}`, env }));
});

test.afterAll(async () => {
  await Promise.all(apps.map((a) => a.kill('SIGKILL')));
  apps = [];
  await provider?.close();
});

const signIn = (page: Page, login: keyof typeof ACCOUNTS, next = '/runs', hold = false) =>
  signInThroughProvider(page, { app: APP, provider, login, next, hold });
const refused = (page: Page, code: string, sentence: string) => refusedWith(page, APP, code, sentence);

test('an editor by group: signs in at the provider, lands where it started, uploads; the sign-off names them', async ({
  page,
}) => {
  await signIn(page, 'erin', '/runs?page=1');
  await expect(page).toHaveURL(`${APP}/runs?page=1`);
  await expect(page.getByRole('banner')).toContainText('Erin Editor');
  const upload = await page.request.post(`${APP}/api/runs`, { multipart: runForm('SSO') });
  expect(upload.status()).toBe(201);
  const runId = ((await upload.json()) as { id: string }).id;
  const project = (await (await page.request.get(`${APP}/api/projects/SSO`)).json()) as { project: { id: string } };
  const criteria = [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 60_000 }];
  const set = await page.request.post(`${APP}/api/projects/${project.project.id}/criteria-sets`, {
    data: { name: 'SSO GO', criteria },
  });
  expect(set.status()).toBe(201);
  const setId = ((await set.json()) as { id: string }).id;
  // The caller's name is recorded, not what the request says.
  const signOff = await page.request.post(`${APP}/api/criteria-sets/${setId}/sign-offs`, {
    data: { runId, decision: 'GO', decidedBy: 'somebody else' },
  });
  expect(signOff.status()).toBe(201);
  expect(((await signOff.json()) as { decidedBy: string }).decidedBy).toBe('Erin Editor');
});

test('a verified e-mail of an allowed domain: a viewer account, which may read and not upload', async ({ page }) => {
  await signIn(page, 'dana');
  await expect(page).toHaveURL(`${APP}/runs`);
  await expect(page.getByRole('banner')).toContainText('Dana Viewer');
  expect((await page.request.get(`${APP}/api/runs`)).status()).toBe(200);
  expect((await page.request.post(`${APP}/api/runs`, { multipart: runForm('SSO') })).status()).toBe(403);
});

test('neither invited, of an allowed domain nor in a mapped group: refused, asked to get an invitation', async ({
  page,
}) => {
  await signIn(page, 'olly');
  await refused(
    page,
    'not_invited',
    'There is no Swarmlens account for olly@elsewhere.example; ask an admin for an invitation.',
  );
});

test('a forged state on the callback is refused', async ({ page }) => {
  const { url } = await signIn(page, 'dana', '/runs', true);
  const forged = new URL(url);
  forged.searchParams.set('state', 'forged-state');
  await page.goto(forged.href);
  await refused(page, 'state_mismatch', 'does not belong to the sign-in this browser started (its state differs)');
});

test('a replayed code is refused by the provider, even with the sign-in cookie replayed too', async ({ page }) => {
  const { url, cookie } = await signIn(page, 'dana', '/runs', true);
  expect(cookie).not.toBeNull();
  await page.goto(url);
  await expect(page).toHaveURL(`${APP}/runs`);
  await expect(page.getByRole('banner')).toContainText('Dana Viewer');
  await page.context().clearCookies();
  await page.context().addCookies([cookie!]);
  await page.goto(url);
  await refused(page, 'code_rejected', 'Test IdP did not accept the sign-in code (it was already used');
});

test('an ID token issued for another client is refused (wrong audience)', async ({ page }) => {
  provider.tamperNextIdToken('audience');
  await signIn(page, 'erin');
  await refused(page, 'wrong_audience', 'was issued for another application (wrong audience)');
});

test('an expired ID token is refused', async ({ page }) => {
  provider.tamperNextIdToken('expired');
  await signIn(page, 'erin');
  await refused(page, 'token_expired', 'the ID token from Test IdP has expired');
});

test('an ID token signed with a key the provider never published is refused', async ({ page }) => {
  provider.tamperNextIdToken('signature');
  await signIn(page, 'erin');
  await refused(page, 'bad_signature', "the ID token's signature does not match Test IdP's published keys");
});

test('started on one instance, finished on another (no state in a process)', async ({ page }) => {
  const { url } = await signIn(page, 'erin', '/projects', true);
  const other = new URL(url);
  other.port = String(PORT + 4);
  await page.goto(other.href);
  await expect(page).toHaveURL(`${SECOND}/projects`);
  await expect(page.getByRole('banner')).toContainText('Erin Editor');
  // The session is in the database: the first instance knows it too.
  await page.goto(`${APP}/projects`);
  await expect(page.getByRole('banner')).toContainText('Erin Editor');
});

test('the audit log holds each sign-in and each refusal with its reason', () => {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT "action", "via", "actor", "detail" FROM "audit_event" WHERE "action" LIKE 'sign-in%'`)
      .all() as { action: string; via: string; actor: string; detail: string | null }[];
    // "single sign-on (Test IdP): REASON: what the library or the provider said"
    const reasons = rows.filter((r) => r.action === 'sign-in.refused').map((r) => r.detail?.split(': ')[1]);
    for (const reason of [
      'not_invited',
      'state_mismatch',
      'code_rejected',
      'wrong_audience',
      'token_expired',
      'bad_signature',
    ])
      expect(reasons).toContain(reason);
    expect(rows).toContainEqual(
      expect.objectContaining({ action: 'sign-in.refused', actor: 'olly@elsewhere.example' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ action: 'sign-in', via: 'oidc', actor: 'erin@corp.example' }),
    );
  } finally {
    db.close();
  }
});
