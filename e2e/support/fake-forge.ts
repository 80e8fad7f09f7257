// A fake GitHub and GitLab REST API (the few calls integrations/ci/post-comment.mjs makes) on 127.0.0.1, any free
// port: pull-request comments and merge-request notes kept in memory, every request recorded with its token.
import { createServer, type Server } from 'node:http';

export interface ForgeComment {
  id: number;
  body: string;
  system?: boolean;
}

export interface ForgeRequest {
  method: string;
  path: string;
  /** The token sent: GitHub's `Authorization: Bearer T`, GitLab's `PRIVATE-TOKEN: T`. */
  token: string | null;
}

export interface FakeForge {
  url: string;
  /** Comments of GitHub issue/pull request N ("github:N") or notes of GitLab merge request IID ("gitlab:IID"). */
  threads: Map<string, ForgeComment[]>;
  requests: ForgeRequest[];
  close: () => Promise<void>;
}

const GITHUB_LIST = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/;
const GITHUB_ONE = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/;
const GITLAB_LIST = /^\/api\/v4\/projects\/[^/]+\/merge_requests\/(\d+)\/notes$/;
const GITLAB_ONE = /^\/api\/v4\/projects\/[^/]+\/merge_requests\/(\d+)\/notes\/(\d+)$/;

export async function fakeForge(): Promise<FakeForge> {
  const threads = new Map<string, ForgeComment[]>();
  const requests: ForgeRequest[] = [];
  let nextId = 1000;
  const thread = (key: string) => threads.get(key) ?? threads.set(key, []).get(key)!;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let text = '';
    for await (const chunk of req) text += chunk;
    const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? null;
    requests.push({
      method: req.method!,
      path: url.pathname,
      token: auth ?? (req.headers['private-token'] as string) ?? null,
    });
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const body = text ? (JSON.parse(text) as { body: string }).body : '';
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const list = GITHUB_LIST.exec(url.pathname) ?? GITLAB_LIST.exec(url.pathname);
    if (list) {
      const comments = thread(`${url.pathname.startsWith('/repos/') ? 'github' : 'gitlab'}:${list[1]}`);
      if (req.method === 'GET') return send(200, comments.slice((page - 1) * perPage, page * perPage));
      if (req.method === 'POST') {
        const made = { id: nextId++, body };
        comments.push(made);
        return send(201, made);
      }
    }
    const github = GITHUB_ONE.exec(url.pathname);
    const gitlab = GITLAB_ONE.exec(url.pathname);
    const everyGithub = () => [...threads.entries()].filter(([k]) => k.startsWith('github:')).flatMap(([, l]) => l);
    const one = github
      ? everyGithub().find((c) => c.id === Number(github[1]))
      : gitlab
        ? thread(`gitlab:${gitlab[1]}`).find((c) => c.id === Number(gitlab[2]))
        : undefined;
    if (one && (req.method === 'PATCH' || req.method === 'PUT')) {
      one.body = body;
      return send(200, one);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    threads,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
