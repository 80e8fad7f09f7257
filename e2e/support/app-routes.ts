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
