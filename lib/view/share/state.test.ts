import { describe, expect, test } from 'vitest';
import { agoText, bannerText, expiryText, shareState, sortShares, spanText, utcText } from './state';

const now = new Date('2026-11-26T12:00:00.000Z');
const at = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

describe('shareState', () => {
  test.each([
    ['never expires', { expiresAt: null, revokedAt: null }, 'active'],
    ['expires later', { expiresAt: at(1), revokedAt: null }, 'active'],
    ['expired', { expiresAt: at(-1), revokedAt: null }, 'expired'],
    ['expires this instant', { expiresAt: at(0), revokedAt: null }, 'expired'],
    ['revoked before expiry', { expiresAt: at(5), revokedAt: at(-2) }, 'revoked'],
    ['revoked and expired', { expiresAt: at(-1), revokedAt: at(-2) }, 'revoked'],
  ] as const)('%s', (_, share, expected) => expect(shareState(share, now)).toBe(expected));
});

test.each([
  [null, 'never'],
  [at(-0.01), 'expired'],
  [at(0.001), 'in 1 minute'],
  [at(0.5), 'in 30 minutes'],
  [at(1.99), 'in 119 minutes'],
  [at(5), 'in 5 hours'],
  [at(47), 'in 47 hours'],
  [at(72), 'in 3 days'],
  [at(24 * 30), 'in 30 days'],
])('expiryText(%s) = %s', (expiresAt, expected) => expect(expiryText(expiresAt, now)).toBe(expected));

test.each([
  [at(0), 'just now'],
  [at(-0.5), '30 minutes ago'],
  [at(-50), '2 days ago'],
])('agoText(%s) = %s', (iso, expected) => expect(agoText(iso, now)).toBe(expected));

test('spanText and utcText', () => {
  expect(spanText(0)).toBe('1 minute');
  expect(spanText(86_400_000 * 2)).toBe('2 days');
  expect(utcText('2026-12-01T14:05:59.999Z')).toBe('2026-12-01 14:05 UTC');
});

test('sortShares: active first, newest first within a state', () => {
  const share = (id: string, createdH: number, expiresAt: string | null, revokedAt: string | null = null) => ({
    id,
    createdAt: at(createdH),
    expiresAt,
    revokedAt,
  });
  const shares = [
    share('old-active', -10, null),
    share('revoked', -1, null, at(-0.5)),
    share('expired', -2, at(-1)),
    share('new-active', -3, at(24)),
  ];
  expect(sortShares(shares, now).map((s) => s.id)).toEqual(['new-active', 'old-active', 'revoked', 'expired']);
});

test.each([
  [
    { title: '20 users vs 40 users', createdBy: 'alice', expiresAt: null },
    'Shared view · read-only · 20 users vs 40 users · shared by alice',
  ],
  [
    { title: 'Checkout', createdBy: 'admin', expiresAt: at(72) },
    'Shared view · read-only · Checkout · shared by admin, expires in 3 days (2026-11-29 12:00 UTC)',
  ],
])('bannerText %#', (share, expected) => expect(bannerText(share, now)).toBe(expected));
