// latencyCeiling scans each distinct maximum's band once (linear apart from sorting); this checks it finds the
// same ceiling as the plain definition (every endpoint's maximum as a floor, every endpoint tested against it)
// on random runs: capped, spread, tied and sparse maxima, fractional and whole milliseconds.
import { expect, test } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random';
import type { EndpointStats } from '../locust/types';
import { CEILING_BAND_MS, CEILING_BAND_SHARE, CEILING_MIN_MS, latencyCeiling, locustBucketMs } from './latency-ceiling';

/** The plain definition (README "Latency ceilings"): the largest band of endpoints at the top of a floor. */
function plainBestBand(endpoints: EndpointStats[], minRequests: number): string[] {
  const band = (low: number) => Math.min(CEILING_BAND_SHARE * low, CEILING_BAND_MS);
  const maxOf = (e: EndpointStats) => e.maxMs as number;
  const tops = endpoints
    .filter((e) => e.requests >= minRequests && maxOf(e) >= CEILING_MIN_MS)
    .sort((a, b) => maxOf(a) - maxOf(b));
  let best: EndpointStats[] = [];
  for (const low of tops) {
    const l = maxOf(low);
    const reaches = (e: EndpointStats) =>
      (e.percentiles['99'] ?? e.percentiles['95'] ?? -1) >= locustBucketMs(l - band(l));
    const inBand = tops.filter((e) => maxOf(e) >= l && maxOf(e) <= l + band(l) && reaches(e));
    if (inBand.length > best.length) best = inBand;
  }
  return best.map((e) => e.name);
}

function randomEndpoints(random: () => number, count: number): EndpointStats[] {
  const capMs = 1000 + Math.floor(random() * 30_000);
  const whole = random() < 0.5;
  return Array.from({ length: count }, (_, i) => {
    const kind = random();
    let maxMs = kind < 0.55 ? capMs + random() * 40 : kind < 0.85 ? 200 + random() * 40_000 : capMs - random() * 500;
    if (whole) maxMs = Math.round(maxMs);
    const p99 = random() < 0.7 ? locustBucketMs(maxMs * (0.98 + random() * 0.02)) : maxMs / 3;
    return {
      method: 'GET',
      name: `/e${i}`,
      requests: Math.floor(random() * 60),
      maxMs,
      percentiles: { '99': p99 },
    } as unknown as EndpointStats;
  });
}

test('the band scan finds the same ceiling as the plain definition on 400 random runs', () => {
  const random = seededRandom(20261206);
  let ceilings = 0;
  for (let i = 0; i < 400; i++) {
    const endpoints = randomEndpoints(random, 1 + Math.floor(random() * 120));
    const found = latencyCeiling({ endpoints, history: null }, 10);
    const plain = plainBestBand(endpoints, 10);
    const considered = endpoints.filter((e) => e.requests >= 10).length;
    const expected = plain.length >= 3 && plain.length >= 0.4 * considered ? plain.length : null;
    expect(found?.endpointsAtCeiling ?? null).toBe(expected);
    if (found) ceilings++;
  }
  expect(ceilings).toBeGreaterThan(50); // the random runs exercise both outcomes
  expect(ceilings).toBeLessThan(350);
});
