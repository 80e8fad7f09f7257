// The endpoint rows criteria need: table-driven cases, and the invariant (every endpoint a scope
// selects passes the filter) checked against scope.ts on random names, prefixes and scopes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EndpointStats, ParsedRun } from '../locust/types';
import { ALL_ENDPOINTS, endpointNeeds, literalHead, matchesNeeds } from './endpoint-needs';
import { subjectsOf } from './scope';

const stats = (method: string | null, name: string): EndpointStats => ({
  method,
  name,
  requests: 10,
  failures: 0,
  medianMs: 1,
  avgMs: 1,
  minMs: 1,
  maxMs: 1,
  avgSizeBytes: 1,
  rps: 1,
  failuresPerS: 0,
  percentiles: { '95': 1 },
});
const runWith = (endpoints: EndpointStats[]): ParsedRun => ({
  meta: {
    label: null,
    userCount: null,
    spawnRate: null,
    startTime: null,
    endTime: null,
    durationS: null,
    host: null,
    locustfile: null,
    locustVersion: null,
  },
  files: [],
  aggregated: stats(null, 'Aggregated'),
  endpoints,
  failures: [],
  exceptions: [],
  transactions: [],
  history: null,
  warnings: [],
});

describe('endpointNeeds', () => {
  test.each([
    ['aggregate scopes need no endpoint rows', ['aggregate'], { all: false, names: [], prefixes: [] }],
    [
      'an endpoint with a method: its name, and the whole text (a name with a space)',
      ['endpoint:GET /login'],
      { all: false, names: ['/login', 'GET /login'], prefixes: [] },
    ],
    ['an endpoint without a method', ['endpoint:/login'], { all: false, names: ['/login'], prefixes: [] }],
    ['a group: its prefix', ['group:/api/cart'], { all: false, names: [], prefixes: ['/api/cart'] }],
    [
      'a group prefix with an id: cut before it',
      ['group:/api/orders/123/items'],
      { all: false, names: [], prefixes: ['/api/orders/'] },
    ],
    [
      'a group prefix with a template: cut before it',
      ['group:/api/orders/[id]'],
      { all: false, names: [], prefixes: ['/api/orders/'] },
    ],
    [
      'a group prefix with a query: cut before it',
      ['group:/search?q=shoes'],
      { all: false, names: [], prefixes: ['/search'] },
    ],
    [
      'several scopes: deduplicated and sorted',
      ['group:/b', 'endpoint:/a', 'aggregate', 'group:/b', 'endpoint:/a'],
      { all: false, names: ['/a'], prefixes: ['/b'] },
    ],
    ['a group that starts with a template needs every row', ['group:[id]/x', 'endpoint:/a'], ALL_ENDPOINTS],
    ['an unknown scope needs every row', ['weird'], ALL_ENDPOINTS],
  ])('%s', (_what, scopes, expected) => {
    expect(endpointNeeds(scopes.map((scope) => ({ scope })))).toEqual(expected);
  });

  test.each([
    ['/api/orders/', '/api/orders/'],
    ['/api/orders/9f86d081884c7d659a2feaa0c55ad015', '/api/orders/'],
    ['https://shop.example.com/api/42', 'https://shop.example.com/api/'],
    ['connect', 'connect'],
  ])('literalHead(%s) = %s', (prefix, head) => {
    expect(literalHead(prefix)).toBe(head);
  });

  const segment = fc.oneof(
    fc.constantFrom('api', 'orders', 'cart', 'items', 'v1', 'login', '[id]', '{id}', 'report.pdf', ''),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.uuid(),
    fc.stringMatching(/^[a-z0-9_%-]{1,10}$/),
  );
  const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `/${s.join('/')}`);
  const name = fc
    .tuple(fc.constantFrom('', 'https://h.example', 'ws'), path, fc.constantFrom('', '?id=7', '?q=a&page=2'))
    .map(([o, p, q]) => `${o}${p}${q}`);
  /** A scope about `n`: a group of it or of its start, or the endpoint itself, with or without a method. */
  const scopeOf = (n: string, k: number, method: string) =>
    [`group:${n}`, `group:${n.slice(0, (k % n.length) + 1)}`, `endpoint:${n}`, `endpoint:${method} ${n}`][k % 4]!;
  const endpoints = fc.array(fc.tuple(fc.constantFrom('GET', 'POST', null), name), { minLength: 1, maxLength: 6 });

  test('every endpoint a scope selects passes the filter (scope.ts decides exactly)', () => {
    let selectedSome = 0;
    fc.assert(
      fc.property(
        endpoints,
        name,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('GET', 'POST'),
        (list, other, k, pick, method) => {
          const run = runWith(list.map(([m, n]) => stats(m, n)));
          const about = pick % 3 === 0 ? other : list[pick % list.length]![1];
          const s = scopeOf(about, k, method);
          const needs = endpointNeeds([{ scope: s }]);
          const selected = run.endpoints.filter((e) => subjectsOf(runWith([e]), s).length > 0);
          if (selected.length > 0) selectedSome++;
          return selected.every((e) => matchesNeeds(needs, e.name));
        },
      ),
      { numRuns: 3000 },
    );
    expect(selectedSome).toBeGreaterThan(1000);
  });
});
