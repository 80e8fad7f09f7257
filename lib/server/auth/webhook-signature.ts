// Webhook secrets and signatures. Every delivery is signed: `X-Swarmlens-Signature: sha256=<hex>`, the
// HMAC-SHA256 of the exact body bytes (UTF-8) keyed by the webhook's secret (its UTF-8 bytes). A receiver
// computes the same over the raw body it read, before parsing it, and compares in constant time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Swarmlens-Signature';
export const EVENT_HEADER = 'X-Swarmlens-Event';
export const DELIVERY_HEADER = 'X-Swarmlens-Delivery';

/** A generated secret: `whsec_` + 256 random bits, base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** The header's value for `body`: `sha256=` + lowercase hex. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Whether `header` is the signature of `body` with `secret` (constant time; any other form is false). */
export function verifySignature(body: string, secret: string, header: string | null | undefined): boolean {
  const expected = Buffer.from(signBody(body, secret), 'utf8');
  const given = Buffer.from(header ?? '', 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
