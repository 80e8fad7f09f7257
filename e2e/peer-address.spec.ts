// `npm start` keys the token-guess throttle on the connection, not on what the client claims: 30
// unknown share links, each sent with another made-up X-Forwarded-For, lock the real address out
// (429); behind one trusted proxy (SWARMLENS_TRUSTED_PROXIES=1) the address that proxy appended
// counts instead.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { faultPort, startApp } from './support/app-process.mjs';

const GUESSES_PER_ADDRESS = 30;
const unknownLink = (i: number) => `/s/sls_${String(i).padStart(43, 'Q')}`;
const get = (url: string, forwardedFor: string) =>
  fetch(url, { headers: { 'x-forwarded-for': forwardedFor }, redirect: 'manual' });

for (const [trustedProxies, lockedOut] of [
  ['0', true],
  ['1', false],
] as const) {
  test(
    `SWARMLENS_TRUSTED_PROXIES=${trustedProxies}: made-up X-Forwarded-For addresses ` +
      `${lockedOut ? 'do not escape' : 'are the proxy’s word, counted apart'}`,
    async () => {
      const databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-peer-')), 'p.db')}`;
      const app = await startApp({
        port: faultPort(20),
        databaseUrl,
        env: { SWARMLENS_TRUSTED_PROXIES: trustedProxies },
      });
      try {
        for (let i = 0; i < GUESSES_PER_ADDRESS; i++)
          expect((await get(app.url + unknownLink(i), `198.51.100.${i}`)).status).toBe(404);
        const next = await get(app.url + unknownLink(99), '203.0.113.77');
        expect(next.status).toBe(lockedOut ? 429 : 404);
        if (lockedOut) expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      } finally {
        await app.kill('SIGKILL');
      }
    },
  );
}
