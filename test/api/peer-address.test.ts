// `npm start` keys the throttles on the connection's address: X-Forwarded-For is rewritten to the
// peer, or, behind N trusted reverse proxies, to the address the outermost of them saw.
import { expect, test } from 'vitest';
import { clientAddressOf, trustedProxiesFromEnv } from '../../scripts/peer-address.mjs';

test.each([
  ['no proxy: a claimed address is ignored', '203.0.113.9', '198.51.100.1', 0, '198.51.100.1'],
  ['no proxy, no header', undefined, '::1', 0, '::1'],
  ['one proxy: what it appended', 'spoofed, 203.0.113.9', '10.0.0.2', 1, '203.0.113.9'],
  ['one proxy, the client claimed nothing', '203.0.113.9', '10.0.0.2', 1, '203.0.113.9'],
  ['two proxies', 'spoofed, 203.0.113.9, 10.0.0.1', '10.0.0.2', 2, '203.0.113.9'],
  ['more proxies trusted than hops: the first hop', '203.0.113.9', '10.0.0.2', 5, '203.0.113.9'],
])('%s', (_what, header, socket, trusted, want) => {
  expect(clientAddressOf(header, socket, trusted)).toBe(want);
});

test('SWARMLENS_TRUSTED_PROXIES: a whole number, 0 by default', () => {
  expect(trustedProxiesFromEnv(undefined)).toBe(0);
  expect(trustedProxiesFromEnv('2')).toBe(2);
  expect(() => trustedProxiesFromEnv('-1')).toThrow(/whole number/);
  expect(() => trustedProxiesFromEnv('yes')).toThrow(/whole number/);
});
