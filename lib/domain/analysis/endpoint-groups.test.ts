// Endpoint groups on real runs. Expected figures were computed with a throwaway Python script
// (csv module + scipy) from the fixtures' _stats.csv files, with groups assigned by hand per name.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { autoGroupOf, compareGroups, foldPath } from './endpoint-groups';

const load = fixtureRun;
const u20 = load('locust-2.12-generated/smallpool-20u');
const u40 = load('locust-2.12-generated/smallpool-40u');
const ravi = load('locust-real/ravi3541-seeke-2.32.3', /^report_.*\.csv$/);
const eq = load('locust-real/ons-eqauthor-2022-locust2.5.1');

describe('foldPath', () => {
  test.each([
    // real names from the fixtures
    ['/api/jobs/00b3a24e-3344-4949-8e75-4dec6d846168/update', '/api/jobs/[id]/update'], // ravi, UUID
    [
      '/api/jobs/list?job_type=0315df52-892f-40ef-9c73-bc0d401323c5&status=ACTIVE&pagination=true',
      '/api/jobs/list?job_type=[…]&status=[…]&pagination=[…]',
    ],
    ['/api/dynamic-dropdown?dropdown_type=employee', '/api/dynamic-dropdown?dropdown_type=[…]'],
    [
      '/questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/0/block4616',
      '/questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/[id]/block4616',
    ],
    ['/detail_project/[id]/export/rekap-rab/pdf/', '/detail_project/[id]/export/rekap-rab/pdf/'], // already templated
    [
      '/questionnaire/household/{id}/add-or-edit-primary-person/',
      '/questionnaire/household/{id}/add-or-edit-primary-person/',
    ], // srb
    ['/session', '/session'],
    // the rules
    ['/item?id=[id]', '/item?id=[id]'],
    ['/api/v1/users/42/', '/api/v1/users/[id]/'],
    ['/api/v2/orders/01ARZ3NDEKTSV4RRFFQ69G5FAV', '/api/v2/orders/[id]'], // ULID
    ['/commits/9fceb02d0ae598e95dc970b74767f19372d61af8', '/commits/[id]'], // long hex
    ['/objects/507f1f77bcf86cd799439011/tags', '/objects/[id]/tags'], // ObjectId
    ['/invoices/12345.pdf', '/invoices/[id].pdf'],
    ['/s/aB3dE9fGh2', '/s/[id]'], // random base62
    ['/oauth2/token', '/oauth2/token'],
    ['/blog/annual-report-2021', '/blog/annual-report-2021'],
    ['/cafe/deadbeef', '/cafe/deadbeef'], // hex letters without a digit: a word
    ['/search?q=abc&page=2', '/search?q=[…]&page=[…]'],
    ['/search?debug', '/search?debug'],
    ['https://shop.example.com/products/77?ref=x', 'https://shop.example.com/products/[id]?ref=[…]'],
    ['connect', 'connect'],
    ['Login flow', 'Login flow'],
    ['/', '/'],
  ])('%s -> %s', (name, folded) => {
    expect(foldPath(name)).toBe(folded);
    expect(foldPath(folded)).toBe(folded); // idempotent
  });
});

describe('autoGroupOf', () => {
  test.each([
    ['/api/project/[id]/list-pekerjaan/tree/', '/api/project'],
    ['/api/v2/project/[id]/chart-data/', '/api/v2'],
    ['/api/jobs/00b3a24e-3344-4949-8e75-4dec6d846168/update', '/api/jobs'],
    ['/detail_project/[id]/rekap-rab/', '/detail_project'],
    ['/detail_project/[id]/export/rincian-ahsp/xlsx/', 'exports'],
    ['/reports/2024/summary.csv', 'exports'],
    ['/harga-items/export.xlsx', 'exports'],
    ['/accounts/login/', 'auth'],
    ['/accounts/logout/', 'auth'],
    ['/api/auth/refresh', 'auth'],
    ['/login.php', 'auth'],
    ['/dashboard/', '/dashboard'],
    ['/', '/'],
    ['/api', '/api'],
    ['connect', 'other'],
    ['Aggregated', 'other'],
  ])('%s -> %s', (name, group) => expect(autoGroupOf(name)).toBe(group));
});

describe('compareGroups, smallpool 20u -> 40u', () => {
  const groups = compareGroups([u20, u40], 0, 1);
  const g = (name: string) => groups.find((x) => x.name === name)!;

  test('six automatic groups, each endpoint in exactly one', () => {
    expect(groups.map((x) => x.name).sort()).toEqual([
      '/api/project',
      '/api/v2',
      '/dashboard',
      '/detail_project',
      'auth',
      'exports',
    ]);
    expect(groups.reduce((s, x) => s + x.runs[0]!.endpoints, 0)).toBe(u20.endpoints.length);
    expect(groups.reduce((s, x) => s + x.runs[1]!.requests, 0)).toBe(772);
  });

  // name, [endpoints, requests, failures, avgMs, maxMs, maxEndpointP95Ms] at 20u, then at 40u, p-value
  test.each([
    [
      'auth',
      [3, 88, 0, 140.53488795452878, 549.7106400000575, 520],
      [3, 167, 0, 388.41596179641607, 5095.670014999996, 3700],
      1,
    ],
    [
      '/api/project',
      [2, 117, 1, 122.99466385471167, 1136.853371000143, 510],
      [2, 152, 2, 1290.5537363092074, 9004.110899000125, 6400],
      1,
    ],
    [
      '/api/v2',
      [1, 59, 3, 128.512930135596, 413.8583199999175, 330],
      [1, 70, 1, 997.3146117857142, 6545.474100000092, 3300],
      0.33132222934342515,
    ],
    [
      '/dashboard',
      [1, 32, 0, 360.54299400000644, 799.0433420000045, 670],
      [1, 87, 2, 1509.0567260574724, 9003.175605000024, 4500],
      1,
    ],
    [
      'exports',
      [3, 42, 0, 2228.795414500009, 4396.773030999839, 4400],
      [3, 56, 0, 2326.653947928593, 3954.533142000173, 4000],
      1,
    ],
    [
      '/detail_project',
      [4, 214, 4, 211.6580283644882, 700.8274439999695, 540],
      [4, 240, 8, 1393.222567416666, 9004.155511999897, 6400],
      0.33164595189802804,
    ],
  ] as const)('%s', (name, b, t, p) => {
    const row = g(name);
    for (const [i, want] of [b, t].entries()) {
      const r = row.runs[i]!;
      expect([r.endpoints, r.requests, r.failures]).toEqual(want.slice(0, 3));
      expect(r.failureRate).toBeCloseTo(want[2] / want[1], 15);
      expect(r.avgMs).toBeCloseTo(want[3], 9);
      expect(r.maxMs).toBe(want[4]);
      expect(r.maxEndpointP95Ms).toBe(want[5]);
    }
    expect(row.source).toBe('auto');
    expect(row.failurePValue).toBeCloseTo(p, 6);
    expect(row.failureRateChange).toBeCloseTo(t[2] / t[1] - b[2] / b[1], 15);
    expect(row.avgChange).toBeCloseTo(t[3] / b[3] - 1, 9);
    expect(row.maxEndpointP95Change).toBeCloseTo(t[5] / b[5] - 1, 12);
  });

  test('the group averages recombine into the Aggregated average (334.74874995652334, 1200.5124725323856 ms)', () => {
    for (const [i, agg] of [334.74874995652334, 1200.5124725323856].entries()) {
      const sum = groups.reduce((s, x) => s + x.runs[i]!.requests * x.runs[i]!.avgMs!, 0);
      expect(sum / groups.reduce((s, x) => s + x.runs[i]!.requests, 0)).toBeCloseTo(agg, 9);
    }
  });

  test('a user group takes precedence over the automatic ones (its prefix is folded)', () => {
    const withUser = compareGroups([u20, u40], 0, 1, [
      { name: 'project pages', prefix: '/detail_project/137/' },
      { name: 'nothing', prefix: '/nope' },
    ]);
    expect(withUser.map((x) => x.name)).toEqual([
      'project pages',
      'nothing',
      'auth',
      '/api/project',
      '/api/v2',
      '/dashboard',
    ]);
    // every /detail_project/ row of 40u_stats.csv, exports included: 7 endpoints, 296 requests, 8 failures
    expect(withUser[0]).toMatchObject({
      source: 'user',
      runs: [{ endpoints: 7 }, { endpoints: 7, requests: 296, failures: 8 }],
    });
    expect(withUser[1]!.runs).toEqual([null, null]);
    expect(withUser[1]!.failurePValue).toBeNull();
  });
});

describe('compareGroups on names with ids (ravi, seeke 2.32.3)', () => {
  const groups = compareGroups([ravi, ravi], 0, 1);
  test('UUID endpoints fold into /api/jobs; a run against itself changes nothing', () => {
    expect(groups.map((x) => x.name).sort()).toEqual([
      '/api/companies',
      '/api/dynamic-dropdown',
      '/api/employees',
      '/api/jobs',
      '/api/users',
    ]);
    const jobs = groups.find((x) => x.name === '/api/jobs')!;
    // 12 PATCH /api/jobs/<uuid>/update + create + 5 list rows: 18 endpoints, 55 requests, 0 failures
    expect(jobs.runs[0]).toMatchObject({
      endpoints: 18,
      requests: 55,
      failures: 0,
      maxMs: 9983.724721998442,
      maxEndpointP95Ms: 10000,
    });
    expect(jobs.runs[0]!.avgMs).toBeCloseTo(4885.606193744884, 9);
    expect(groups.find((x) => x.name === '/api/users')!.runs[0]).toMatchObject({
      endpoints: 8,
      requests: 236,
      failures: 73,
    });
    for (const x of groups) {
      expect([x.requestsChange, x.avgChange, x.maxChange, x.maxEndpointP95Change]).toEqual([0, 0, 0, 0]);
      expect(x.failureRateChange).toBe(0);
      expect(x.failurePValue!).toBeGreaterThan(0.99);
    }
  });

  test('eq-author: every page is one /questionnaire or /session group', () => {
    const eqGroups = compareGroups([eq, eq], 0, 1);
    expect(eqGroups.map((x) => [x.name, x.runs[0]!.endpoints])).toEqual([
      ['/questionnaire', 20],
      ['/session', 1],
    ]);
  });
});
