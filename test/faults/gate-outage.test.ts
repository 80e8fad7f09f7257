// Access control on and the database down: the gate cannot identify anyone, so public paths (the
// health check) pass as for anyone, and everything else gets 503 database_unavailable.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const blocker = join(mkdtempSync(join(tmpdir(), 'swarmlens-gate-outage-')), 'data');
writeFileSync(blocker, 'not a folder');
process.env.DATABASE_URL = `file:${join(blocker, 'swarmlens.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'gate-outage-test-secret-0123456789';

const { gate } = await import('../../lib/server/http/gate');

const table: [string, string, string, object][] = [
  ['the health check passes', 'GET', '/api/health', { kind: 'pass', caller: null }],
  ['a share page passes', 'GET', '/s/abc', { kind: 'pass', caller: null }],
  ['an API read → 503', 'GET', '/api/runs', { kind: 'refuse', status: 503, code: 'database_unavailable' }],
  ['an upload → 503', 'POST', '/api/runs', { kind: 'refuse', status: 503, code: 'database_unavailable' }],
  ['a page → 503, not the sign-in page', 'GET', '/runs', { kind: 'refuse', status: 503, code: 'database_unavailable' }],
];

test.each(table)('%s', async (_, method, pathname, expected) => {
  const e = console.error;
  console.error = () => undefined;
  try {
    const result = await gate({
      method,
      pathname,
      headers: new Headers({ authorization: 'Bearer x' }),
      sessionToken: null,
    });
    expect(result).toMatchObject(expected);
  } finally {
    console.error = e;
  }
});
