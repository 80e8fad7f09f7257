// Every page and API route of the app, read from app/ at test time (so a new route is covered the
// moment it exists): its URL with dynamic segments filled in, and the HTTP methods it exports.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface AppRoute {
  /** e.g. `/runs/[id]` */
  pattern: string;
  /** the pattern with every dynamic segment replaced by `x` */
  url: string;
  kind: 'page' | 'api';
  methods: string[];
}

/** pattern -> what an anonymous caller gets there */
export const PUBLIC: Record<string, number[]> = {
  '/sign-in': [200],
  '/s/[token]': [404],
  '/s/[token]/present': [404],
  '/s/[token]/report.md': [404],
  '/s/[token]/rows.json': [404],
  '/api/health': [200],
  '/api/openapi.json': [200],
  '/api/auth/sign-in': [400, 401],
  '/api/auth/sign-out': [200, 204],
  // An unknown invitation: the page says so; accepting it is refused (400 without a body).
  '/invite/[token]': [200, 404],
  '/api/invitations/accept': [400, 404],
  // Single sign-on is not configured on the secured e2e instance (e2e/oidc.secured.spec.ts runs its own).
  '/api/auth/oidc/start': [302, 303, 307, 400, 404],
  '/api/auth/oidc/callback': [302, 303, 307, 400, 404],
};
/** Accounts, invitations and the audit log: admins only, reading too (lib/server/auth/access.ts). */
export const ADMIN_ONLY = /^\/(?:api\/)?(?:users|invitations|audit)(?:[/.]|$)|^\/settings\/(?:users|audit)(?:\/|$)/;

const APP = join(import.meta.dirname, '../../app');
const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/^(page|route)\.tsx?$/.test(entry.name)) yield path;
  }
}

export function appRoutes(): AppRoute[] {
  return [...files(APP)].map((file) => {
    const segments = relative(APP, file)
      .split(sep)
      .slice(0, -1)
      .filter((s) => !/^\(.*\)$/.test(s));
    const pattern = '/' + segments.join('/');
    const url = '/' + segments.map((s) => (/^\[.*\]$/.test(s) ? 'x' : s)).join('/');
    const isPage = /page\.tsx?$/.test(file);
    const methods = isPage ? ['GET'] : [...readFileSync(file, 'utf8').matchAll(METHOD)].map((m) => m[1]!);
    return { pattern, url, kind: isPage ? 'page' : 'api', methods };
  });
}
