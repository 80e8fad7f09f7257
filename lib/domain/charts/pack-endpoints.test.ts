import { describe, expect, it } from 'vitest';
import { packEndpoints, unpackEndpoints } from './pack-endpoints';
import { fixtureRun, ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS, SMALLPOOL_20U } from './test-fixtures';

describe('packEndpoints / unpackEndpoints', () => {
  it.each([
    { name: 'smallpool-20u (14 endpoints)', run: fixtureRun(SMALLPOOL_20U) },
    { name: 'ons-srb-0011 10 clients (145 endpoints)', run: fixtureRun(ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS) },
  ])('$name: round-trips to 6 significant digits, keys in numeric order', ({ run }) => {
    const packed = packEndpoints(run.endpoints);
    expect(packed.percentileKeys).toEqual(['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100']);
    const back = unpackEndpoints(structuredClone(packed));
    expect(back).toHaveLength(run.endpoints.length);
    back.forEach((e, i) => {
      const original = run.endpoints[i]!;
      expect({ method: e.method, name: e.name, requests: e.requests, failures: e.failures }).toEqual({
        method: original.method,
        name: original.name,
        requests: original.requests,
        failures: original.failures,
      });
      for (const key of ['medianMs', 'avgMs', 'minMs', 'maxMs', 'avgSizeBytes', 'rps', 'failuresPerS'] as const) {
        const [a, b] = [e[key], original[key]];
        if (b === null) expect(a).toBeNull();
        else expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(Math.abs(b) * 5e-6);
      }
      for (const key of packed.percentileKeys) expect(e.percentiles[key]).toBe(original.percentiles[key] ?? null);
    });
  });

  it('keeps the first smallpool row as read off smallpool-20u_stats.csv', () => {
    const [first] = unpackEndpoints(packEndpoints(fixtureRun(SMALLPOOL_20U).endpoints));
    expect(first).toMatchObject({
      method: 'GET',
      name: '/accounts/login/',
      requests: 36,
      failures: 0,
      medianMs: 22,
      avgMs: 30.1857,
      minMs: 10.5939,
      maxMs: 50.2445,
    });
    expect(first?.percentiles['99.9']).toBe(50);
  });

  it('fills percentiles a row lacks with null and keeps null as null', () => {
    const rows = unpackEndpoints(
      packEndpoints([
        {
          method: null,
          name: 'a',
          requests: 0,
          failures: 0,
          medianMs: null,
          avgMs: null,
          minMs: null,
          maxMs: null,
          avgSizeBytes: null,
          rps: 0,
          failuresPerS: null,
          percentiles: { '95': 10 },
        },
        {
          method: 'GET',
          name: 'b',
          requests: 1,
          failures: 1,
          medianMs: 3,
          avgMs: 3,
          minMs: 3,
          maxMs: 3,
          avgSizeBytes: 0,
          rps: 1,
          failuresPerS: 1,
          percentiles: { '50': 3 },
        },
      ]),
    );
    expect(rows.map((r) => r.percentiles)).toEqual([
      { '50': null, '95': 10 },
      { '50': 3, '95': null },
    ]);
    expect(rows[0]).toMatchObject({ method: null, medianMs: null, rps: 0, failuresPerS: null });
  });
});
