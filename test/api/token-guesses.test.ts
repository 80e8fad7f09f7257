// Guessing share links and API tokens is rate-limited per address: past 30 unknown tokens in 15
// minutes the address gets 429 with Retry-After, also for a real token, through the proxy and on
// /api/runs (which the proxy skips), while other addresses go on; revoked and expired tokens are
// refused but do not count as guesses.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-guess-')), 'g.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'guess-test-secret';
const { proxy } = await import('../../proxy');
const runs = await import('../../app/api/runs/route');
const { TOKEN_GUESS_LIMITS } = await import('../../lib/server/auth/throttle');
const { issueApiToken, revokeToken } = await import('../../lib/server/services/token-service');
const { createShareLink, openShareLink } = await import('../../lib/server/services/share-service');

const BASE = 'http://swarmlens.test';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const through = (path: string, from: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(BASE + path, { headers: { host: 'swarmlens.test', 'x-forwarded-for': from, ...headers } }));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const unknownToken = (i: number) => `slt_${String(i).padStart(43, 'A')}`;

let editor = '';
let shareUrl = '';
beforeAll(async () => {
  editor = (await issueApiToken('ci', 'editor', null)).token;
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  const run = await (
    await runs.POST(new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers: bearer(editor) }))
  ).json();
  shareUrl = (await createShareLink({ kind: 'run', runs: [run.id] }, 'test')).url;
});

test(
  'unknown API tokens: the address is locked out after the limit, real tokens included; ' + 'others are not',
  async () => {
    const from = '203.0.113.7';
    for (let i = 0; i < TOKEN_GUESS_LIMITS.perAddress; i++)
      expect((await through('/api/projects', from, bearer(unknownToken(i)))).status).toBe(401);
    const locked = await through('/api/projects', from, bearer(editor));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect((await locked.json()).error.code).toBe('too_many_attempts');
    expect(
      (await runs.GET(new Request(`${BASE}/api/runs`, { headers: { ...bearer(editor), 'x-forwarded-for': from } })))
        .status,
    ).toBe(429);
    expect((await through('/api/projects', '198.51.100.9', bearer(editor))).headers.get('x-middleware-next')).toBe('1');
  },
);

test('unknown share links count from the page; the share path is then refused 429 before any lookup', async () => {
  const from = '203.0.113.8';
  const token = shareUrl.split('/').pop()!;
  for (let i = 0; i < TOKEN_GUESS_LIMITS.perAddress; i++) {
    expect((await through(`/s/sls_${String(i).padStart(43, 'B')}`, from)).headers.get('x-middleware-next')).toBe('1');
    await expect(openShareLink(`sls_${String(i).padStart(43, 'B')}`, from)).rejects.toMatchObject({ status: 404 });
  }
  const locked = await through(`/s/${token}`, from);
  expect(locked.status).toBe(429);
  expect(locked.headers.get('content-type')).toMatch(/^text\/plain/);
  expect((await through(`/s/${token}`, '198.51.100.10')).headers.get('x-middleware-next')).toBe('1');
});

test('revoked tokens are refused but are not guesses', async () => {
  const from = '203.0.113.9';
  const { id, token } = await issueApiToken('old ci', 'viewer', null);
  await revokeToken(id, null);
  for (let i = 0; i < TOKEN_GUESS_LIMITS.perAddress + 5; i++)
    expect((await through('/api/projects', from, bearer(token))).status).toBe(401);
  expect((await through('/api/projects', from, bearer(editor))).headers.get('x-middleware-next')).toBe('1');
});
