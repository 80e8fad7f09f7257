// The signature a receiver checks: HMAC-SHA256 of the exact body with the secret, as `sha256=<hex>`.
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { newWebhookSecret, signBody, verifySignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test-secret-0123456789';
  const body = '{"event":"run.created","headline":"New run “ü”"}';

  test('is the hex HMAC-SHA256 of the raw UTF-8 body, computed independently', () => {
    const hex = createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(body, 'utf8')).digest('hex');
    expect(signBody(body, secret)).toBe(`sha256=${hex}`);
    // A published test vector (RFC 4231 style, key "key"): HMAC-SHA256("The quick brown fox jumps over the lazy dog").
    expect(signBody('The quick brown fox jumps over the lazy dog', 'key')).toBe(
      'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
  });

  test.each([
    ['the signature', (s: string) => s, true],
    ['another body', () => signBody(`${body} `, secret), false],
    ['another secret', () => signBody(body, `${secret}x`), false],
    ['upper-case hex', (s: string) => s.toUpperCase().replace('SHA256=', 'sha256='), false],
    ['no prefix', (s: string) => s.slice('sha256='.length), false],
    ['nothing', () => '', false],
  ])('verifies: %s', (_what, header, ok) => {
    expect(verifySignature(body, secret, header(signBody(body, secret)))).toBe(ok);
  });

  test('generated secrets are 256 random bits', () => {
    const secrets = new Set(Array.from({ length: 100 }, newWebhookSecret));
    expect(secrets.size).toBe(100);
    for (const s of secrets) expect(s).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
