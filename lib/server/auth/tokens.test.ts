// Token generation, hashing, expiry and the access rules.
import { describe, expect, test } from 'vitest';
import { decideAccess, isCrossSiteMutation, type Caller } from './access';
import { bearerToken, hashToken, isActive, isTokenShaped, newToken, sameSecret } from './tokens';

describe('tokens', () => {
  test('256 random bits, base64url, prefixed by kind; never the same twice', () => {
    const tokens = Array.from({ length: 1000 }, () => newToken('share'));
    expect(new Set(tokens).size).toBe(1000);
    for (const t of tokens) {
      expect(t).toMatch(/^sls_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t.slice(4), 'base64url')).toHaveLength(32);
      expect(isTokenShaped('share', t)).toBe(true);
      expect(isTokenShaped('api', t)).toBe(false);
    }
    expect(newToken('api')).toMatch(/^slt_/);
    expect(newToken('session')).toMatch(/^slc_/);
  });

  test('only a sha256 is stored: hex, 64 characters, deterministic, different per token', () => {
    const t = newToken('api');
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toBe(hashToken(newToken('api')));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test.each([
    ['no expiry, not revoked', null, null, true],
    ['expires in a second', new Date(1_000), null, true],
    ['expires exactly now', new Date(0), null, false],
    ['expired', new Date(-1), null, false],
    ['revoked', null, new Date(-5), false],
  ])('isActive: %s', (_what, expiresAt, revokedAt, active) => {
    expect(isActive({ expiresAt, revokedAt }, new Date(0))).toBe(active);
  });

  test.each([
    ['Bearer slt_abc', 'slt_abc'],
    ['bearer   slt_abc  ', 'slt_abc'],
    ['Basic xyz', null],
    ['Bearer', null],
    [null, null],
  ])('bearerToken(%j) = %j', (header, token) => expect(bearerToken(header)).toBe(token));

  test('sameSecret compares whole secrets', () => {
    expect(sameSecret('s3cret', 's3cret')).toBe(true);
    expect(sameSecret('s3cret', 's3cret ')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
  });
});

describe('access rules', () => {
  const editor: Caller = { role: 'editor', via: 'session' };
  const viewer: Caller = { role: 'viewer', via: 'token' };
  const editorToken: Caller = { role: 'editor', via: 'token' };
  const admin: Caller = { role: 'admin', via: 'session' };
  const viewerSession: Caller = { role: 'viewer', via: 'session' };
  const projectEditor: Caller = { role: 'viewer', via: 'session', editsSomeProject: true };
  test.each<[string, boolean, string, string, Caller | null, string]>([
    ['open instance: anything', false, 'DELETE', '/api/runs/x', null, 'allow'],
    ['share links are public', true, 'GET', '/s/sls_abc', null, 'allow'],
    ['health is public', true, 'GET', '/api/health', null, 'allow'],
    ['the OpenAPI document is public', true, 'GET', '/api/openapi.json', null, 'allow'],
    ['only the OpenAPI document itself', true, 'GET', '/api/openapi.jsonx', null, 'sign-in'],
    ['sign-in page is public', true, 'GET', '/sign-in', null, 'allow'],
    ['pages need a session', true, 'GET', '/runs', null, 'sign-in'],
    ['the API needs a caller', true, 'GET', '/api/runs', null, 'sign-in'],
    ['a share path with more segments is not public', true, 'GET', '/s/x/y', null, 'sign-in'],
    ["a share link's deck is public", true, 'GET', '/s/sls_abc/present', null, 'allow'],
    ["a share link's Markdown report is public", true, 'GET', '/s/sls_abc/report.md', null, 'allow'],
    ["a share link's rows (what its page fetches) are public", true, 'GET', '/s/sls_abc/rows.json', null, 'allow'],
    ['nothing deeper under a share link is', true, 'GET', '/s/sls_abc/present/x', null, 'sign-in'],
    ['viewers read', true, 'GET', '/api/runs', viewer, 'allow'],
    ['viewers do not upload', true, 'POST', '/api/runs', viewer, 'forbidden'],
    ['editors upload', true, 'POST', '/api/runs', editor, 'allow'],
    ['editors delete', true, 'DELETE', '/api/shares/x', editor, 'allow'],
    ['editor tokens upload', true, 'POST', '/api/runs', editorToken, 'allow'],
    ['a session makes API tokens', true, 'POST', '/api/tokens', editor, 'allow'],
    ['a session revokes them', true, 'DELETE', '/api/tokens/tok_x', editor, 'allow'],
    ['an editor token makes no token', true, 'POST', '/api/tokens', editorToken, 'session-only'],
    ['an editor token revokes none', true, 'DELETE', '/api/tokens/tok_x', editorToken, 'session-only'],
    ['nor with a trailing slash', true, 'POST', '/api/tokens/', editorToken, 'session-only'],
    ['an editor token lists them', true, 'GET', '/api/tokens', editorToken, 'allow'],
    ['a viewer token makes none either', true, 'POST', '/api/tokens', viewer, 'session-only'],
    ['a viewer account makes (viewer) tokens', true, 'POST', '/api/tokens', viewerSession, 'allow'],
    ['a viewer account does not write', true, 'DELETE', '/api/runs/x', viewerSession, 'forbidden'],
    ['a project editor may send writes (the route checks)', true, 'DELETE', '/api/runs/x', projectEditor, 'allow'],
    ['accounts are for admins', true, 'GET', '/api/users', editor, 'admin-only'],
    ['their page too', true, 'GET', '/settings/users', editor, 'admin-only'],
    ['the audit log too', true, 'GET', '/settings/audit', editor, 'admin-only'],
    ['its CSV too', true, 'GET', '/api/audit.csv', editor, 'admin-only'],
    ['invitations too', true, 'POST', '/api/invitations', editor, 'admin-only'],
    ['an admin manages accounts', true, 'PATCH', '/api/users/usr_x', admin, 'allow'],
    ['a path that only starts alike is no admin path', true, 'GET', '/api/usersx', editor, 'allow'],
    ['accepting an invitation is public', true, 'POST', '/api/invitations/accept', null, 'allow'],
    ['an invitation page is public', true, 'GET', '/invite/sli_abc', null, 'allow'],
    ['single sign-on is public', true, 'GET', '/api/auth/oidc/callback', null, 'allow'],
    [
      'signing out everywhere needs a session',
      true,
      'POST',
      '/api/auth/sign-out-everywhere',
      editorToken,
      'session-only',
    ],
    ['any account signs itself out everywhere', true, 'POST', '/api/auth/sign-out-everywhere', viewerSession, 'allow'],
    ['viewers read webhooks and their delivery logs', true, 'GET', '/api/webhooks/wh_x/deliveries', viewer, 'allow'],
    ['viewers make no webhooks', true, 'POST', '/api/projects/p/webhooks', viewerSession, 'forbidden'],
    [
      'editor tokens make webhooks (the route checks the project)',
      true,
      'POST',
      '/api/projects/p/webhooks',
      editorToken,
      'allow',
    ],
    [
      'a project editor may delete one (the route checks)',
      true,
      'DELETE',
      '/api/webhooks/wh_x',
      projectEditor,
      'allow',
    ],
  ])('%s', (_what, authEnabled, method, pathname, caller, decision) => {
    expect(decideAccess({ authEnabled, method, pathname, caller })).toBe(decision);
  });

  test.each<[string, string, string | null, string | null, boolean]>([
    ['same-origin POST', 'POST', 'http://app:3000', null, false],
    ['another site POSTs', 'POST', 'http://evil.example', null, true],
    ['Sec-Fetch-Site cross-site', 'DELETE', null, 'cross-site', true],
    ['opaque origin', 'POST', 'null', null, true],
    ['no browser headers (curl, CI)', 'POST', null, null, false],
    ['reads are never blocked', 'GET', 'http://evil.example', 'cross-site', false],
  ])('cross-site: %s', (_what, method, origin, secFetchSite, blocked) => {
    expect(isCrossSiteMutation({ method, origin, host: 'app:3000', secFetchSite })).toBe(blocked);
  });
});
