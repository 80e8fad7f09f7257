// A worker's warm-up (scripts/warm-up.mjs) reads as the viewer "warm-up (this server)" with the process's live token
// only: never with another token, never to change anything, never once the warm-up is over. While it warms, the
// worker's health check answers 503 "warming" and its read cache is off.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, expect, test } from 'vitest';
import { callerIdentity } from '../../lib/server/http/caller';
import { WARM_UP_HEADER, WARM_UP_STATE, warmUpCaller } from '../../lib/server/auth/warm-up';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-warm-up-')), 'w.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'warm-up-test-secret-long-enough';
const { proxy } = await import('../../proxy');
const health = await import('../../app/api/health/route');
const runs = await import('../../app/api/runs/route');
const { cachedRead } = await import('../../lib/server/services/read-cache');

const TOKEN = 'a'.repeat(43);
type State = { token: string | null; warming: boolean; holdsHealth?: boolean };
const holder = globalThis as typeof globalThis & { [WARM_UP_STATE]?: State };
const warming = (token: string | null, on = true, holdsHealth = true) =>
  (holder[WARM_UP_STATE] = { token, warming: on, holdsHealth });
afterEach(() => delete holder[WARM_UP_STATE]);

const through = (path: string, method: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://swarmlens.test${path}`, { method, headers: { host: 'swarmlens.test', ...headers } }));
const forwardedCaller = (res: Response) =>
  callerIdentity(
    new Headers({ 'x-swarmlens-caller': res.headers.get('x-middleware-request-x-swarmlens-caller') ?? '' }),
  );

test.each([
  ['the live token on a page read', TOKEN, 'GET', '/runs', true],
  ['the live token on an API read', TOKEN, 'GET', '/api/projects', true],
  ['another token', 'b'.repeat(43), 'GET', '/runs', false],
  ['an empty token', '', 'GET', '/runs', false],
  ['the live token on a change', TOKEN, 'POST', '/api/projects', false],
  ['the live token on a delete', TOKEN, 'DELETE', '/api/runs/x', false],
])('%s', async (_what, presented, method, path, readsAsWarmUp) => {
  warming(TOKEN);
  const res = await through(path, method, { [WARM_UP_HEADER]: presented });
  if (readsAsWarmUp) {
    expect(res.headers.get('x-middleware-next')).toBe('1');
    expect(forwardedCaller(res)).toMatchObject({ name: 'warm-up (this server)', role: 'viewer', cap: 'viewer' });
  } else {
    expect(res.headers.get('x-middleware-next')).toBeNull();
    expect([302, 307, 401, 403]).toContain(res.status);
  }
});

test('after the warm-up (token forgotten), or without one (next dev, tests), the header is nothing', async () => {
  warming(null, false);
  expect((await through('/runs', 'GET', { [WARM_UP_HEADER]: TOKEN })).status).toBe(307);
  delete holder[WARM_UP_STATE];
  expect((await through('/runs', 'GET', { [WARM_UP_HEADER]: TOKEN })).status).toBe(307);
  expect(warmUpCaller('GET', TOKEN)).toBeNull();
});

test('while the worker warms up, /api/health answers 503 "warming"; 200 after', async () => {
  warming(TOKEN);
  const during = await health.GET();
  expect(during.status).toBe(503);
  expect(await during.json()).toMatchObject({ ok: false, reason: 'warming' });
  warming(null, false);
  const after = await health.GET();
  expect(after.status).toBe(200);
  expect(await after.json()).toMatchObject({ ok: true });
});

test('routes the proxy skips (uploads) check the token the same way: a read, never an upload', async () => {
  warming(TOKEN);
  const list = await runs.GET(new Request('http://swarmlens.test/api/runs', { headers: { [WARM_UP_HEADER]: TOKEN } }));
  expect(list.status).toBe(200);
  const form = new FormData();
  form.append('files', new Blob(['x']), 'a_stats.csv');
  const upload = await runs.POST(
    new Request('http://swarmlens.test/api/runs', { method: 'POST', body: form, headers: { [WARM_UP_HEADER]: TOKEN } }),
  );
  expect(upload.status).toBe(401);
});

test('a worker that replaced one that died warms up without holding the health check', async () => {
  warming(TOKEN, true, false);
  expect((await health.GET()).status).toBe(200);
});

test('while the worker warms up, its read cache keeps nothing', async () => {
  let loads = 0;
  const load = async () => ++loads;
  warming(TOKEN);
  await cachedRead('warm-up-test', 'lists', load);
  await cachedRead('warm-up-test', 'lists', load);
  expect(loads).toBe(2);
  warming(null, false);
  await cachedRead('warm-up-test', 'lists', load);
  await cachedRead('warm-up-test', 'lists', load);
  expect(loads).toBe(3);
});
