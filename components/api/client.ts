// The one way components talk to the HTTP API: JSON in and out, failures as ApiError (status,
// message, field details), GET/HEAD retried after no answer or 502/503/504, AbortSignal honoured.
// A 204 or empty body resolves to null; callers name the body type they expect (not checked).
import { errorFromResponse, networkError } from './errors';
import { backoffMs, shouldRetry } from './retry';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  signal?: AbortSignal;
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function requestInit(method: Method, body: unknown, signal?: AbortSignal): RequestInit {
  const init: RequestInit = { method, signal, headers: { Accept: 'application/json' } };
  if (body === undefined) return init;
  if (body instanceof FormData) return { ...init, body };
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  return { ...init, headers, body: JSON.stringify(body) };
}

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const init = requestInit(method, body, options.signal);
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      if (options.signal?.aborted) throw e;
      if (!shouldRetry(method, attempt, 0)) throw networkError(e);
      await sleep(backoffMs(attempt), options.signal);
      continue;
    }
    if (!response.ok && shouldRetry(method, attempt, response.status)) {
      await sleep(backoffMs(attempt), options.signal);
      continue;
    }
    const parsed = parseBody(await response.text());
    if (!response.ok) throw errorFromResponse(response.status, response.statusText, parsed);
    return parsed as T;
  }
}

/** GET `path` -> its JSON body. */
export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('GET', path, undefined, options);
}

/** A change: `body` is sent as JSON, or as multipart when it is FormData. Never retried. */
export function apiSend<T = null>(
  method: Exclude<Method, 'GET' | 'HEAD'>,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  return request<T>(method, path, body, options);
}
