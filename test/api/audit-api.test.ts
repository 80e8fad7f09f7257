// GET /api/audit (pages of events, newest first, filtered by account and action) and GET /api/audit.csv
// (every matching event, streamed 1,000 rows at a time), and that both are for admins only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-audit-api-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'audit-api-secret';
const { proxy } = await import('../../proxy');
const audit = await import('../../app/api/audit/route');
const auditCsv = await import('../../app/api/audit.csv/route');
const { database } = await import('../../lib/server/db/stores');
const { decideAccess } = await import('../../lib/server/auth/access');
const { recordAuditEvent } = await import('../../lib/server/db/audit-store');
const { getDatabase } = await import('../../lib/server/db/client');
const { startSession } = await import('../../lib/server/services/auth-service');
const { issueApiToken } = await import('../../lib/server/services/token-service');
const { auditSummary } = await import('../../lib/server/services/audit-service');

const BASE = 'http://swarmlens.test';
const db = await database();
const get = (path: string) => new Request(BASE + path);
const page = async (query: string) => {
  const res = await audit.GET(get(`/api/audit${query}`));
  return {
    status: res.status,
    body: (await res.json()) as { events: { id: string; action: string }[]; next: string | null },
  };
};
const csvRows = async (query = '') => {
  const res = await auditCsv.GET(get(`/api/audit.csv${query}`));
  const text = await res.text();
  return { res, text, rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data };
};

/** 2,345 events over the last hour, 1 s apart (oldest first), of two accounts and three actions. */
const MANY = 2345;
const START = Date.now() - 3_600_000;
beforeAll(async () => {
  const { prisma } = await getDatabase();
  for (let i = 0; i < MANY; i++)
    await recordAuditEvent(
      prisma,
      {
        userId: i % 2 === 0 ? 'usr_even' : 'usr_odd',
        actor: i === 7 ? '=cmd|"/c calc"!A1' : `User ${i % 2}`,
        via: 'session',
        address: '10.0.0.1',
        action: ['run.upload', 'run.delete', 'sign-in.refused'][i % 3]!,
        target: `run_${i}`,
        status: i % 3 === 2 ? 401 : 200,
        detail: i === 7 ? 'a, "quoted"\r\nline' : null,
      },
      new Date(START + i * 1000),
    );
});

describe('GET /api/audit', () => {
  test('newest first, 100 by default, `next` leads to the older page and null on the last', async () => {
    const first = await page('');
    expect(first.status).toBe(200);
    expect(first.body.events).toHaveLength(100);
    expect(first.body.events[0]).toMatchObject({
      target: `run_${MANY - 1}`,
      at: new Date(START + (MANY - 1) * 1000).toISOString(),
    });
    const ids = first.body.events.map((e) => e.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    const second = await page(`?before=${first.body.next}&limit=500`);
    expect(second.body.events[0]).toMatchObject({ target: `run_${MANY - 101}` });
    let before = second.body.next;
    let seen = 100 + second.body.events.length;
    while (before !== null) {
      const next = await page(`?before=${before}&limit=500`);
      seen += next.body.events.length;
      before = next.body.next;
    }
    expect(seen).toBe(MANY);
  });

  test('filters by account and by action, together', async () => {
    const { body } = await page('?user=usr_odd&action=run.delete&limit=500');
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.every((e) => e.action === 'run.delete')).toBe(true);
    expect(body.events.map((e) => (e as unknown as { userId: string }).userId)).toEqual(
      body.events.map(() => 'usr_odd'),
    );
    // i odd and i % 3 === 1: i = 1, 7, 13... (every sixth).
    expect(body.events).toHaveLength(Math.ceil((MANY - 1) / 6));
    expect(body.next).toBeNull();
    expect((await page('?user=usr_nobody')).body).toEqual({ events: [], next: null });
  });

  test.each(['?limit=0', '?limit=501', '?limit=x', '?limit=1.5'])('%s: 400', async (query) => {
    expect((await page(query)).status).toBe(400);
  });
});

describe('GET /api/audit.csv', () => {
  test('every event (more than one 1,000-row page), newest first, as a dated attachment', async () => {
    const { res, rows } = await csvRows();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const day = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="swarmlens-audit-${day}.csv"`);
    expect(rows[0]).toEqual(['at', 'actor', 'user_id', 'via', 'address', 'action', 'target', 'status', 'detail']);
    expect(rows).toHaveLength(MANY + 1);
    expect(rows[1]![6]).toBe(`run_${MANY - 1}`);
    expect(rows[MANY]![6]).toBe('run_0');
    expect(new Set(rows.slice(1).map((r) => r[6])).size).toBe(MANY);
  });

  test('quotes and neutralises what the log holds', async () => {
    const { rows } = await csvRows();
    const seventh = rows.find((r) => r[6] === 'run_7')!;
    expect(seventh[1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(seventh[8]).toBe('a, "quoted"\r\nline');
  });

  test('the same filters as the list; no limit', async () => {
    const { rows } = await csvRows('?action=sign-in.refused&limit=1');
    expect(rows).toHaveLength(Math.floor(MANY / 3) + 1);
    expect(rows.slice(1).every((r) => r[5] === 'sign-in.refused' && r[7] === '401')).toBe(true);
    expect((await csvRows('?user=usr_nobody')).rows).toHaveLength(1);
  });
});

describe('admins only', () => {
  test.each(['/api/audit', '/api/audit.csv', '/api/audit?limit=5', '/settings/audit'])('%s', (pathname) => {
    const ask = (role: 'viewer' | 'editor' | 'admin') =>
      decideAccess({ authEnabled: true, method: 'GET', pathname, caller: { role, via: 'session' } });
    expect([ask('viewer'), ask('editor'), ask('admin')]).toEqual(['admin-only', 'admin-only', 'allow']);
  });

  test('through the proxy: an editor session and a viewer token get 403; an admin passes', async () => {
    const userId = await db.users.createUser({
      email: 'ed@example.com',
      name: 'Ed',
      role: 'editor',
      passwordHash: null,
      oidcSubject: null,
      createdBy: null,
    });
    const editor = await startSession({ userId, name: 'Ed', role: 'editor', method: 'password' });
    const admin = await startSession({ userId: null, name: 'Root', role: 'admin', method: 'secret' });
    const viewerToken = (await issueApiToken('reader', 'viewer', null)).token;
    const through = (path: string, headers: Record<string, string>) =>
      proxy(new NextRequest(BASE + path, { headers: { host: 'swarmlens.test', ...headers } }));
    for (const path of ['/api/audit', '/api/audit.csv']) {
      expect((await through(path, { cookie: `swarmlens_session=${editor.token}` })).status).toBe(403);
      expect((await through(path, { authorization: `Bearer ${viewerToken}` })).status).toBe(403);
      const passed = await through(path, { cookie: `swarmlens_session=${admin.token}` });
      expect(passed.headers.get('x-middleware-next')).toBe('1');
    }
  });
});

test('the summary counts events of the last 7 days and refused sign-ins of the last 24 h', async () => {
  const summary = await auditSummary();
  expect(summary.refusedSignInsLastDay).toBe(Math.floor(MANY / 3));
  expect(summary.lastWeek).toBeGreaterThanOrEqual(MANY);
  expect(await auditSummary(new Date(Date.now() + 8 * 86_400_000))).toEqual({ lastWeek: 0, refusedSignInsLastDay: 0 });
});
