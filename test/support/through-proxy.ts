// Calls a route handler the way a request reaches it in production: through proxy.ts first (refusals
// answer there), then the handler with the headers the proxy set (the caller).
import { NextRequest } from 'next/server';
import { proxy } from '../../proxy';

export const BASE = 'http://swarmlens.test';

export interface Call<P = Record<string, string>> {
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  params?: P;
}

export async function call<P = Record<string, string>>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  c: Call<P>,
): Promise<Response> {
  const method = c.method ?? (c.body === undefined ? 'GET' : 'POST');
  const headers = { host: 'swarmlens.test', 'content-type': 'application/json', ...c.headers };
  const gated = await proxy(new NextRequest(BASE + c.path, { method, headers }));
  if (gated.headers.get('x-middleware-next') !== '1') return gated;
  const forwarded = new Headers(headers);
  for (const [k, v] of gated.headers)
    if (k.startsWith('x-middleware-request-')) forwarded.set(k.slice('x-middleware-request-'.length), v);
  const body = c.body === undefined ? undefined : JSON.stringify(c.body);
  const request = new Request(BASE + c.path, { method, headers: forwarded, body });
  return handler(request, { params: Promise.resolve((c.params ?? {}) as P) });
}

/** The session cookie ("name=value") a sign-in or invitation answer set. */
export const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
