// Every mutating route under app/api (enumerated from app/ at test time, as the contract and e2e route
// checks do) has an entry in the audit action table, so a new route cannot be left out of the audit log.
import { describe, expect, test } from 'vitest';
import { appRoutes } from '../../../e2e/support/app-routes';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, auditActionOf } from './audit-actions';

/** `/api/runs/[id]` -> `/api/runs/:id`, as the table writes a path parameter. */
const tablePath = (pattern: string) => pattern.replace(/\[([^[\]]+)\]/g, ':$1');
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const mutations = appRoutes()
  .filter((r) => r.kind === 'api')
  .flatMap((r) => r.methods.filter((m) => !SAFE.has(m)).map((method) => `${method} ${tablePath(r.pattern)}`));
const entries = AUDIT_ACTIONS.map((e) => `${e.method} ${e.path}`);

describe('the audit action table', () => {
  test('the enumeration finds the mutating routes', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(25);
    expect(mutations).toContain('POST /api/runs');
    expect(mutations).toContain('DELETE /api/tokens/:id');
  });

  test('names every mutating route under app/api', () => {
    expect(mutations.filter((m) => !entries.includes(m))).toEqual([]);
  });

  test('names no route that is not there', () => {
    expect(entries.filter((e) => !mutations.includes(e))).toEqual([]);
  });

  test('has one entry per method and path, unique action names, and a reason for each one not recorded', () => {
    expect(new Set(entries).size).toBe(entries.length);
    expect(new Set(AUDIT_ACTION_NAMES).size).toBe(AUDIT_ACTION_NAMES.length);
    for (const e of AUDIT_ACTIONS) if (e.action === null) expect(e.why, `${e.method} ${e.path}`).toBeTruthy();
  });

  test('read-only POSTs and sign-in (recorded by the sign-in service) are not recorded by the hook', () => {
    for (const [method, path] of [
      ['POST', '/api/runs/check-duplicates'],
      ['POST', '/api/runs/run_1/check'],
      ['POST', '/api/auth/sign-in'],
    ] as const)
      expect(auditActionOf(method, path)?.entry.action, `${method} ${path}`).toBeNull();
  });
});

describe('auditActionOf', () => {
  test('gives the action and the path parameters in order', () => {
    expect(auditActionOf('DELETE', '/api/runs/run_1')).toMatchObject({
      entry: { action: 'run.delete' },
      params: ['run_1'],
    });
    expect(auditActionOf('PUT', '/api/users/usr_1/projects/prj_2')).toMatchObject({
      entry: { action: 'user.project-role' },
      params: ['usr_1', 'prj_2'],
    });
    expect(auditActionOf('POST', '/api/runs')).toMatchObject({ entry: { action: 'run.upload' }, params: [] });
  });

  test('a literal segment wins over a parameter; a trailing slash is the same path', () => {
    expect(auditActionOf('POST', '/api/invitations/accept')?.entry.action).toBe('invitation.accept');
    expect(auditActionOf('DELETE', '/api/invitations/accept')?.entry.action).toBe('invitation.revoke');
    expect(auditActionOf('DELETE', '/api/shares/shr_1/')?.entry.action).toBe('share.revoke');
  });

  test('no entry: another method, a longer or shorter path', () => {
    expect(auditActionOf('GET', '/api/runs')).toBeNull();
    expect(auditActionOf('DELETE', '/api/runs')).toBeNull();
    expect(auditActionOf('DELETE', '/api/runs/a/b')).toBeNull();
  });
});
