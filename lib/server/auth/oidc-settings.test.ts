// The single sign-on settings and SWARMLENS_PUBLIC_URL as read from the environment: defaults, lists,
// role groups, and a message naming the setting when one is set but wrong.
import { afterEach, describe, expect, test } from 'vitest';
import { oidcConfigured, oidcDisplayName, oidcSettings, parseRoleGroups, roleFromGroups } from './oidc-settings';
import { baseUrlOf, oidcRedirectUri, parsePublicUrl } from './public-url';

const NAMES = [
  'SWARMLENS_OIDC_ISSUER',
  'SWARMLENS_OIDC_CLIENT_ID',
  'SWARMLENS_OIDC_CLIENT_SECRET',
  'SWARMLENS_OIDC_NAME',
  'SWARMLENS_OIDC_ALLOWED_DOMAINS',
  'SWARMLENS_OIDC_GROUPS_CLAIM',
  'SWARMLENS_OIDC_ROLE_GROUPS',
  'SWARMLENS_OIDC_DEFAULT_ROLE',
  'SWARMLENS_OIDC_SCOPES',
  'SWARMLENS_PUBLIC_URL',
];
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const n of NAMES) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
});

function set(values: Record<string, string>) {
  for (const n of NAMES) delete process.env[n];
  Object.assign(process.env, values);
}

const REQUIRED = {
  SWARMLENS_OIDC_ISSUER: 'https://id.example.com/realms/perf',
  SWARMLENS_OIDC_CLIENT_ID: 'swarmlens',
  SWARMLENS_OIDC_CLIENT_SECRET: 's3cret',
};

describe('oidcSettings', () => {
  test('not configured unless the issuer, the client id and the secret are all set (blank counts as unset)', () => {
    set({});
    expect(oidcConfigured()).toBe(false);
    expect(oidcSettings()).toBeNull();
    expect(oidcDisplayName()).toBeNull();
    set({ ...REQUIRED, SWARMLENS_OIDC_CLIENT_SECRET: '  ' });
    expect(oidcSettings()).toBeNull();
  });

  test('the defaults: button "single sign-on", claim "groups", role viewer, no domains, groups or scopes', () => {
    set(REQUIRED);
    expect(oidcSettings()).toEqual({
      issuer: 'https://id.example.com/realms/perf',
      clientId: 'swarmlens',
      clientSecret: 's3cret',
      displayName: 'single sign-on',
      allowedDomains: [],
      groupsClaim: 'groups',
      roleGroups: new Map(),
      defaultRole: 'viewer',
      extraScopes: [],
    });
  });

  test('every setting read: lists split on commas and spaces, domains lower-cased without "@"', () => {
    set({
      ...REQUIRED,
      SWARMLENS_OIDC_NAME: 'Keycloak',
      SWARMLENS_OIDC_ALLOWED_DOMAINS: '@Example.COM, perf.example.org',
      SWARMLENS_OIDC_GROUPS_CLAIM: 'roles',
      SWARMLENS_OIDC_ROLE_GROUPS: 'admin=platform-leads, editor=perf-team;QA Team',
      SWARMLENS_OIDC_DEFAULT_ROLE: 'Editor',
      SWARMLENS_OIDC_SCOPES: 'groups offline_access',
    });
    const s = oidcSettings()!;
    expect(s.displayName).toBe('Keycloak');
    expect(oidcDisplayName()).toBe('Keycloak');
    expect(s.allowedDomains).toEqual(['example.com', 'perf.example.org']);
    expect(s.groupsClaim).toBe('roles');
    expect([...s.roleGroups]).toEqual([
      ['platform-leads', 'admin'],
      ['perf-team', 'editor'],
      ['QA Team', 'editor'],
    ]);
    expect(s.defaultRole).toBe('editor');
    expect(s.extraScopes).toEqual(['groups', 'offline_access']);
  });

  test.each([
    [{ SWARMLENS_OIDC_DEFAULT_ROLE: 'owner' }, /SWARMLENS_OIDC_DEFAULT_ROLE: "owner" is not a role/],
    [{ SWARMLENS_OIDC_ROLE_GROUPS: 'editor' }, /SWARMLENS_OIDC_ROLE_GROUPS: "editor" is not role=group/],
    [{ SWARMLENS_OIDC_ROLE_GROUPS: 'editor=' }, /SWARMLENS_OIDC_ROLE_GROUPS: "editor=" is not role=group/],
    [{ SWARMLENS_OIDC_ROLE_GROUPS: 'boss=leads' }, /SWARMLENS_OIDC_ROLE_GROUPS: "boss" is not a role/],
    [{ SWARMLENS_OIDC_ISSUER: 'id.example.com' }, /SWARMLENS_OIDC_ISSUER: "id.example.com" is not a URL/],
    [{ SWARMLENS_OIDC_ISSUER: 'http://id.example.com' }, /SWARMLENS_OIDC_ISSUER: .* must be an https:\/\/ URL/],
  ])('%o is refused, naming the setting', (wrong, message) => {
    set({ ...REQUIRED, ...wrong });
    expect(() => oidcSettings()).toThrow(message);
  });

  test('plain http is allowed for a provider on this machine only', () => {
    for (const issuer of ['http://localhost:8080/realms/x', 'http://127.0.0.1:3403', 'http://[::1]:9000']) {
      set({ ...REQUIRED, SWARMLENS_OIDC_ISSUER: issuer });
      expect(oidcSettings()!.issuer).toBe(issuer);
    }
  });
});

describe('role groups', () => {
  test('a group under two roles gets the higher; the highest role of the groups wins', () => {
    const map = parseRoleGroups('editor=perf, admin=leads;perf, viewer=perf');
    expect(map.get('perf')).toBe('admin');
    expect(roleFromGroups(parseRoleGroups('editor=perf,admin=leads'), ['x', 'perf', 'leads'])).toBe('admin');
    expect(roleFromGroups(parseRoleGroups('editor=perf,admin=leads'), ['perf'])).toBe('editor');
    expect(roleFromGroups(parseRoleGroups('editor=perf'), ['Perf', 'other'])).toBeNull();
    expect(roleFromGroups(new Map(), ['perf'])).toBeNull();
  });
});

describe('SWARMLENS_PUBLIC_URL', () => {
  test.each([
    [undefined, null],
    ['', null],
    ['https://swarmlens.example.com', 'https://swarmlens.example.com'],
    ['https://swarmlens.example.com/', 'https://swarmlens.example.com'],
    [' http://10.0.0.5:3000 ', 'http://10.0.0.5:3000'],
    ['HTTPS://Swarmlens.Example.com:443', 'https://swarmlens.example.com'],
  ])('%o → %o', (value, origin) => expect(parsePublicUrl(value)).toBe(origin));

  test.each([
    ['swarmlens.example.com', /is not a URL/],
    ['ftp://swarmlens.example.com', /must start with https:\/\/ or http:\/\//],
    ['https://swarmlens.example.com/lens', /must be an origin only/],
    ['https://swarmlens.example.com/?a=1', /must be an origin only/],
    ['https://swarmlens.example.com#x', /must be an origin only/],
    ['https://admin:pw@swarmlens.example.com', /may not hold a user name or password/],
  ])('%o is refused, naming the setting', (value, message) => {
    expect(() => parsePublicUrl(value)).toThrow(/^SWARMLENS_PUBLIC_URL: /);
    expect(() => parsePublicUrl(value)).toThrow(message);
  });

  const request = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3000/api/auth/oidc/start', { headers });

  test('set: it is the base of the redirect URI, whatever the request says', () => {
    set({ SWARMLENS_PUBLIC_URL: 'https://lens.example.com/' });
    const r = request({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(oidcRedirectUri(r)).toBe('https://lens.example.com/api/auth/oidc/callback');
  });

  test('unset: the request origin, behind a proxy from its X-Forwarded-Host and -Proto (first hop)', () => {
    set({});
    expect(baseUrlOf(request({ host: 'lens.internal:3000' }))).toBe('http://lens.internal:3000');
    const proxied = request({
      host: 'x',
      'x-forwarded-host': 'lens.example.com, a',
      'x-forwarded-proto': 'https,http',
    });
    expect(oidcRedirectUri(proxied)).toBe('https://lens.example.com/api/auth/oidc/callback');
    expect(baseUrlOf(request({ host: 'not a host' }))).toBe('http://127.0.0.1:3000');
  });
});
