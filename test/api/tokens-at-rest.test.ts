// Secrets at rest and their lifetimes: the database holds no session, API or share token, only
// their hashes (sha256; sessions HMAC-SHA256 keyed by the admin secret); an expired session and a
// signed-out one are refused like a forged one.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-rest-')), 'r.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'at-rest-secret';
const { proxy } = await import('../../proxy');
const signInRoute = await import('../../app/api/auth/sign-in/route');
const runs = await import('../../app/api/runs/route');
const { hashToken, keyedHash, newToken } = await import('../../lib/server/auth/tokens');
const { signOut } = await import('../../lib/server/services/auth-service');
const { issueApiToken } = await import('../../lib/server/services/token-service');
const { createShareLink } = await import('../../lib/server/services/share-service');
const { getDatabase } = await import('../../lib/server/db/client');
const { createSession } = await import('../../lib/server/db/auth-store');

const BASE = 'http://swarmlens.test';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const through = (path: string, cookie: string) =>
  proxy(new NextRequest(BASE + path, { headers: { host: 'swarmlens.test', cookie } }));
const passes = async (cookie: string) => (await through('/api/runs', cookie)).headers.get('x-middleware-next') === '1';

async function signIn(): Promise<{ token: string; cookie: string }> {
  const res = await signInRoute.POST(
    new Request(`${BASE}/api/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ secret: 'at-rest-secret', name: 'Dina' }),
    }),
  );
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, token: cookie.split('=')[1]! };
}

const tokens: string[] = [];
const hashes: string[] = [];
beforeAll(async () => {
  const session = await signIn();
  const api = (await issueApiToken('ci', 'editor', null)).token;
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  const run = await (
    await runs.POST(
      new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers: { authorization: `Bearer ${api}` } }),
    )
  ).json();
  const share = (await createShareLink({ kind: 'run', runs: [run.id] }, 'Dina')).url.split('/').pop()!;
  tokens.push(session.token, api, share);
  hashes.push(keyedHash(session.token, 'at-rest-secret'), hashToken(api), hashToken(share));
});

test('no table holds a token; each is stored as its hash', async () => {
  const { prisma } = await getDatabase();
  const everything = JSON.stringify([
    await prisma.session.findMany(),
    await prisma.apiToken.findMany(),
    await prisma.share.findMany(),
  ]);
  for (const token of tokens) {
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(4, 24));
  }
  for (const hash of hashes) expect(everything).toContain(hash);
});

test('an expired session is refused; a valid one passes', async () => {
  const { prisma } = await getDatabase();
  const expired = newToken('session');
  await createSession(prisma, {
    tokenHash: keyedHash(expired, 'at-rest-secret'),
    role: 'admin',
    name: 'Old',
    userId: null,
    method: 'secret',
    expiresAt: new Date(Date.now() - 1000),
  });
  expect(await passes(`swarmlens_session=${expired}`)).toBe(false);
  expect(await passes(`swarmlens_session=${tokens[0]}`)).toBe(true);
});

test('a signed-out session is refused at once', async () => {
  const { cookie, token } = await signIn();
  expect(await passes(cookie)).toBe(true);
  await signOut(token); // what POST /api/auth/sign-out does with the cookie's token
  expect(await passes(cookie)).toBe(false);
});
