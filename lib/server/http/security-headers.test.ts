import { describe, expect, test } from 'vitest';
import { API_CONTENT_SECURITY_POLICY, BASE_SECURITY_HEADERS, pageContentSecurityPolicy } from './security-headers';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('page Content-Security-Policy', () => {
  const production = directives(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: false }));
  const development = directives(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: true }));

  test.each([
    ['scripts need the nonce', 'script-src', "'nonce-bm9uY2U='"],
    ['scripts they load are trusted, nothing else', 'script-src', "'strict-dynamic'"],
    ['no framing (clickjacking)', 'frame-ancestors', "'none'"],
    ['no plugins', 'object-src', "'none'"],
    ['no <base> hijack', 'base-uri', "'self'"],
    ['forms post only here', 'form-action', "'self'"],
  ])('%s', (_why, name, value) => {
    expect(production.get(name)).toContain(value);
  });

  test.each(["'unsafe-eval'", "'unsafe-inline'", '*', 'data:', 'http:', 'https:'])(
    'production scripts never allow %s',
    (source) => {
      expect(production.get('script-src')).not.toContain(source);
    },
  );

  test('development adds only eval (React debug stacks) and WebSockets (hot reload)', () => {
    expect(development.get('script-src')).toContain("'unsafe-eval'");
    expect(development.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    expect(production.get('connect-src')).toEqual(["'self'"]);
  });
});

test('API responses may load, run and frame nothing', () => {
  const api = directives(API_CONTENT_SECURITY_POLICY);
  expect(api.get('default-src')).toEqual(["'none'"]);
  expect(api.get('frame-ancestors')).toEqual(["'none'"]);
});

test(
  'every response says nosniff, no framing and a referrer policy that keeps paths ' + '(share tokens) on this site',
  () => {
    const byName = new Map(BASE_SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName.get('x-content-type-options')).toBe('nosniff');
    expect(byName.get('x-frame-options')).toBe('DENY');
    expect(byName.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  },
);
