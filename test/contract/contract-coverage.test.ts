// docs/contract.md covers the whole public interface: every HTTP method of every route under app/api
// (enumerated from app/ at test time, as the e2e route checks do), every `swarmlens` command that
// cli/main.ts dispatches, and every option its help text names. A new route, command or option fails
// here, naming itself, until the contract documents it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HELP } from '../../cli/main';
import { appRoutes } from '../../e2e/support/app-routes';
import { ROOT } from './support';

const contract = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/runs/[id]` -> `/api/runs/:id`, the way the contract writes a path parameter. */
export const documentedPath = (pattern: string) => pattern.replace(/\[([^[\]]+)\]/g, ':$1');

/** "GET /api/runs/:id" in the text, the path not continuing (`/api/runs/:id/check` is another route). */
const mentions = (method: string, path: string) =>
  new RegExp(`\\b${method}\\s+${escape(path)}(?![\\w/:.-])`).test(contract);

const calls = appRoutes()
  .filter((r) => r.kind === 'api')
  .flatMap((r) => r.methods.map((method) => ({ method, path: documentedPath(r.pattern) })));

/** The commands main() dispatches: `if (command === 'parse') ...`. */
const commands = [...readFileSync(join(ROOT, 'cli/main.ts'), 'utf8').matchAll(/command === '([a-z][a-z-]*)'/g)]
  .map((m) => m[1]!)
  .filter((c) => c !== 'help');
const options = [...new Set([...HELP.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]))];

describe('docs/contract.md documents', () => {
  test('the enumeration finds the API and the CLI', () => {
    expect(calls.length).toBeGreaterThanOrEqual(40);
    expect(calls).toContainEqual({ method: 'DELETE', path: '/api/runs/:id' });
    expect(commands).toEqual(expect.arrayContaining(['parse', 'compare', 'check', 'upload']));
    expect(options).toEqual(expect.arrayContaining(['--window', '--criteria', '--encoding']));
  });

  test('every HTTP method of every route under app/api', () => {
    expect(calls.filter((c) => !mentions(c.method, c.path)).map((c) => `${c.method} ${c.path}`)).toEqual([]);
  });

  test('every swarmlens command', () => {
    expect(commands.filter((c) => !contract.includes(`swarmlens ${c} `)).map((c) => `swarmlens ${c}`)).toEqual([]);
  });

  test('every option of the swarmlens help', () => {
    expect(options.filter((o) => !new RegExp(`${escape(o)}(?![\\w-])`).test(contract))).toEqual([]);
  });
});
