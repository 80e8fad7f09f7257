// The HTTP API as `swarmlens compare` and `check` use it with --server URL [--token T] (token also from
// SWARMLENS_TOKEN): JSON in, JSON out, and any refusal as a UsageError (exit 2) with the server's own sentence.
import { UsageError } from './read-run-input';

export interface ServerOptions {
  server: string;
  token: string | null;
}

export class ServerClient {
  constructor(readonly options: ServerOptions) {}

  /** An absolute URL on the server: `path` may carry a query. */
  url(path: string): string {
    return new URL(path, this.options.server).toString();
  }

  async getJson<T>(path: string, what: string): Promise<T> {
    return (await this.send('GET', path, undefined, what)).json() as Promise<T>;
  }

  async getText(path: string, what: string): Promise<string> {
    return (await this.send('GET', path, undefined, what)).text();
  }

  async postJson<T>(path: string, body: unknown, what: string): Promise<T> {
    return (await this.send('POST', path, body, what)).json() as Promise<T>;
  }

  private async send(method: string, path: string, body: unknown, what: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(this.url(path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
      throw new UsageError(`${what}: cannot reach ${this.options.server} (${cause})`);
    }
    if (!res.ok) {
      const answer = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new UsageError(`${what}: the server answered ${res.status}: ${answer?.error?.message ?? res.statusText}`);
    }
    return res;
  }
}

/** The token of --token, else SWARMLENS_TOKEN, else none. */
export function tokenOf(given: string | null): string | null {
  return given ?? (process.env.SWARMLENS_TOKEN || null);
}
