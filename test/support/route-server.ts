// The app's route handlers behind a real HTTP server on 127.0.0.1 (no Next.js, no proxy: access control off), for
// tests that run the `swarmlens` CLI against a server: each route is a path pattern (`:id` one segment) and its
// module. Unknown paths answer 404.
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';

/** Checked bivariantly (method syntax): a handler may name its own params, `{ id: string }`. */
type Handler = {
  handle(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response>;
}['handle'];
export type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;

export interface RouteServer {
  base: string;
  close: () => Promise<void>;
}

export async function routeServer(routes: Record<string, RouteModule>): Promise<RouteServer> {
  const table = Object.entries(routes).map(([pattern, module]) => {
    const names: string[] = [];
    const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { re: new RegExp(`^${source}$`), names, module };
  });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const { re, names, module } of table) {
      const m = re.exec(url.pathname);
      const handler = m ? module[req.method as keyof RouteModule] : undefined;
      if (!m || !handler) continue;
      const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
      const response = await handler(request, { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'not_found', message: `${req.method} ${url.pathname} not found` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
