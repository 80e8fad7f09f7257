// unpackRows builds the same rows as unpacking then toEndpointRow, in one pass.
import { describe, expect, test } from 'vitest';
import { packEndpoints, unpackEndpoints } from '@/lib/domain/charts/pack-endpoints';
import { fixtureRun, ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS, SMALLPOOL_20U } from '@/lib/domain/charts/test-fixtures';
import type { EndpointStats } from '@/lib/domain/locust/types';
import { matchesQuery, toEndpointRow, unpackRows } from './endpoint-rows';

const odd: EndpointStats[] = [
  {
    method: null,
    name: 'connect',
    requests: 0,
    failures: 2,
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
    name: '/Item?id=1',
    requests: 4,
    failures: 1,
    medianMs: 3,
    avgMs: 3.25,
    minMs: 1,
    maxMs: 9,
    avgSizeBytes: 10,
    rps: 1,
    failuresPerS: 0.25,
    percentiles: { '50': 3 },
  },
];

describe('unpackRows', () => {
  test.each([
    ['smallpool-20u', fixtureRun(SMALLPOOL_20U).endpoints],
    ['ons-srb-0011 10 clients', fixtureRun(ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS).endpoints],
    ['no method, no requests, missing percentiles', odd],
  ])('%s: as unpackEndpoints + toEndpointRow', (_name, endpoints) => {
    const packed = structuredClone(packEndpoints(endpoints));
    expect(unpackRows(packed)).toEqual(unpackEndpoints(packed).map((e, i) => toEndpointRow(e, String(i))));
  });

  test('rows are found by method and name, case-insensitively', () => {
    const rows = unpackRows(packEndpoints(odd));
    expect(rows.filter((r) => matchesQuery(r, 'get item')).map((r) => r.id)).toEqual(['1']);
    expect(rows[0]).toMatchObject({ failureRate: 1, search: 'connect' });
  });
});
