import { afterEach, expect, test, vi } from 'vitest';
import { apiGet, apiSend } from './client';
import { ApiError } from './errors';

afterEach(() => vi.unstubAllGlobals());

/** fetch answering each call from `answers` in turn: a status (with an envelope body) or 'offline'. */
function stubFetch(answers: (number | 'offline')[]) {
  const calls: RequestInit[] = [];
  vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
    calls.push(init);
    const next = answers[calls.length - 1] ?? 200;
    if (next === 'offline') throw new TypeError('Failed to fetch');
    const body = next < 400 ? '{"ok":true}' : JSON.stringify({ error: { code: 'x', message: `failed ${next}` } });
    return new Response(next === 204 ? null : body, { status: next });
  });
  return calls;
}

test.each<[string, 'GET' | 'POST' | 'DELETE', (number | 'offline')[], number, string | null]>([
  ['GET after 503 then 200', 'GET', [503, 200], 2, null],
  ['GET offline twice then 200', 'GET', ['offline', 'offline', 200], 3, null],
  ['GET gives up after three 502', 'GET', [502, 502, 502], 3, 'failed 502'],
  ['GET 500 is not retried', 'GET', [500], 1, 'failed 500'],
  ['POST 503 is not retried', 'POST', [503], 1, 'failed 503'],
  ['POST offline is not retried', 'POST', ['offline'], 1, 'Could not reach the server: Failed to fetch'],
  ['DELETE 204 gives null', 'DELETE', [204], 1, null],
])('%s', async (_name, method, answers, calls, failure) => {
  const sent = stubFetch(answers);
  const result =
    method === 'GET' ? apiGet('/api/x') : apiSend(method, '/api/x', method === 'POST' ? { a: 1 } : undefined);
  if (failure === null) await expect(result).resolves.toEqual(method === 'DELETE' ? null : { ok: true });
  else await expect(result).rejects.toSatisfy((e) => e instanceof ApiError && e.message === failure);
  expect(sent).toHaveLength(calls);
});

test('JSON bodies are sent with their content type; FormData as it is', async () => {
  const sent = stubFetch([200, 200]);
  await apiSend('PUT', '/api/x', { a: 1 });
  const form = new FormData();
  await apiSend('POST', '/api/x', form);
  expect(sent[0]).toMatchObject({ method: 'PUT', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
  expect(sent[1]?.body).toBe(form);
  expect(sent[1]?.headers).not.toHaveProperty('Content-Type');
});

test('an abort during the backoff ends the GET with the abort, not an ApiError', async () => {
  stubFetch([503, 200]);
  const abort = new AbortController();
  const result = apiGet('/api/x', { signal: abort.signal });
  abort.abort();
  await expect(result).rejects.not.toBeInstanceOf(ApiError);
});
