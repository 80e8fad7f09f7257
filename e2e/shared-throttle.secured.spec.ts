// Two production servers on one PostgreSQL database (as behind a load balancer) share the sign-in and
// token-guess throttles: guesses spread over both count together, and the lock-out attack (100 wrong
// secrets from a handful of addresses) refuses no clean address the right secret. Sign-in raises no data
// revision. Both trust one proxy (SWARMLENS_TRUSTED_PROXIES=1), so X-Forwarded-For names the address.
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { startApp } from './support/app-process.mjs';
import { createEmptyPgDatabase } from './support/fault-db.mjs';

test.describe.configure({ mode: 'serial' });

const SECRET = 'shared-throttle-secret';
/** Ports E2E_PORT+2 and +3 (README, "Ports"). */
const PORTS = [2, 3].map((n) => Number(process.env.E2E_PORT ?? 3210) + n);

type App = Awaited<ReturnType<typeof startApp>>;
let apps: App[] = [];
let db: Awaited<ReturnType<typeof createEmptyPgDatabase>>;

const signIn = (app: App, secret: string, from: string) =>
  fetch(`${app.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ secret, name: 'Shared' }),
  });
const runs = (app: App, token: string, from: string) =>
  fetch(`${app.url}/api/runs`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': from } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  db = await createEmptyPgDatabase();
  const env = { SWARMLENS_ADMIN_SECRET: SECRET, SWARMLENS_TRUSTED_PROXIES: '1' };
  // One after the other: the first migrates the database.
  for (const port of PORTS) apps.push(await startApp({ port, databaseUrl: db.url, env }));
});

test.afterAll(async () => {
  await Promise.all(apps.map((a) => a.kill('SIGKILL')));
  apps = [];
  await db?.drop();
});

test('wrong secrets from one address count on both servers: the fourth waits, whichever answers', async () => {
  const from = '203.0.113.40';
  for (let i = 0; i < 3; i++) expect((await signIn(apps[i % 2]!, `guess ${i}`, from)).status).toBe(401);
  for (const app of apps) {
    const refused = await signIn(app, SECRET, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }
  expect((await signIn(apps[1]!, SECRET, '198.51.100.40')).status).toBe(200);
});

test("an account's wrong passwords count on both servers: after 20, every failing address waits", async () => {
  const password = (app: App, from: string) =>
    fetch(`${app.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email: 'target@e2e.test', password: 'not the password' }),
    });
  // Two failures from each of ten addresses, spread over both servers: no address passes its own limit.
  for (let i = 0; i < 20; i++) expect((await password(apps[i % 2]!, `203.0.113.${100 + (i % 10)}`)).status).toBe(401);
  // The latest failing address: its wait (1 s from its own latest failure) has not passed yet.
  for (const app of apps) expect((await password(app, '203.0.113.109')).status).toBe(429);
  expect((await password(apps[0]!, '198.51.100.42')).status).toBe(401);
});

test('unknown API tokens from one address count on both servers: 15 on each lock it out of both', async () => {
  const from = '203.0.113.41';
  for (let i = 0; i < 30; i++)
    expect((await runs(apps[i % 2]!, `slt_${String(i).padStart(43, 'G')}`, from)).status).toBe(401);
  for (const app of apps) expect((await runs(app, `slt_${'H'.repeat(43)}`, from)).status).toBe(429);
  expect((await runs(apps[0]!, `slt_${'H'.repeat(43)}`, '198.51.100.41')).status).toBe(401);
});

test('the lock-out attack: 100 wrong secrets from ten addresses refuse no clean address the right one', async () => {
  for (let i = 0; i < 100; i++) await signIn(apps[0]!, `attack ${i}`, `192.0.2.${i % 10}`);
  for (const [i, app] of apps.entries()) expect((await signIn(app, SECRET, `198.51.100.5${i}`)).status).toBe(200);
  expect((await signIn(apps[1]!, SECRET, '192.0.2.3')).status).toBe(429);
});

test('signing in raises no data revision (it changes no project data)', async () => {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const revision = async () => (await client.query('SELECT "value" FROM "data_revision" WHERE "id" = 1')).rows[0];
    const before = await revision();
    expect((await signIn(apps[0]!, SECRET, '198.51.100.60')).status).toBe(200);
    expect((await signIn(apps[1]!, 'wrong', '198.51.100.61')).status).toBe(401);
    expect(await revision()).toEqual(before);
  } finally {
    await client.end();
  }
});
