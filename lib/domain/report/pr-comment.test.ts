// `compare --format pr`: answer first (verdict, headline deltas with the criteria limits, criteria missed, the top
// regressed endpoints, the link), the hidden marker first, and under GitHub's 65,536 characters for a
// 5,000-endpoint run with hostile, 2,000-character names and hundreds of missed criteria.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareWithCriteria } from '../criteria/compare';
import type { EndpointStats, ParsedRun } from '../locust/types';
import { MAX_COMMENT_CHARS, PR_MARKER, prComment, regressions, TOP_ENDPOINTS } from './pr-comment';

const before = fixtureRun('locust-2.12-generated/smallpool-20u');
const after = fixtureRun('locust-2.12-generated/smallpool-40u');
const URL = 'https://swarmlens.example/compare?runs=run_a,run_b&baseline=run_a';
const inputs = [
  { id: 'run_a', run: { ...before, meta: { ...before.meta, label: 'main' } } },
  { id: 'run_b', run: { ...after, meta: { ...after.meta, label: 'pr-42' } } },
];
const GATE = {
  name: 'Release',
  criteria: [
    { metric: 'successRate', scope: 'aggregate', op: '>=' as const, target: 0.99 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<' as const, target: 3000 },
    { metric: 'medianMs', scope: 'aggregate', op: '<=' as const, target: 0.5, relative: 'baseline' as const },
  ],
};

describe('prComment', () => {
  test('with criteria: the verdict, the deltas with their limits, what is missed, the endpoints, the link', () => {
    const text = prComment(compareWithCriteria(inputs, 0, undefined, [], [GATE]), {
      compareUrl: URL,
      baselineSpec: 'latest:branch=main',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(PR_MARKER);
    expect(lines[1]).toMatch(/^### 🔴 NOT READY \(NO-GO\) — Release misses \d of 3 criteria$/);
    expect(lines[3]).toBe(
      '**pr-42** against baseline **main** (latest\\:branch=main) · [Full comparison](' + URL + ')',
    );
    expect(text).toMatch(/\| P95 \| [\d,]+ ms \| 4,200 ms \| \+\d+% \| < 3,000 ms \(Release\) \| /);
    expect(text).toMatch(/\| Median \| .* \| ≤ \+50.0% vs baseline \(Release\) \| /);
    expect(text).toContain('- **Release: NO-GO**');
    expect(text).toContain('**Regressed endpoints**');
  });

  test('without criteria: the change status; from files: no link, and it says so', () => {
    const text = prComment(compareWithCriteria(inputs, 0), { compareUrl: null });
    expect(text.split('\n')[1]).toMatch(/^### ❌ Regression — critical\\: .* \(no success criteria apply\)$/);
    expect(text).not.toContain('](');
    expect(text).toContain('(no server: no link)');
    expect(text).not.toContain('| Limit |');
  });

  test('5,000 endpoints with hostile 2,000-character names: under the limit, top 10 worst first', () => {
    const HOSTILE = '<script>|`*_[x](javascript:1)\n\ud800';
    const many = (run: ParsedRun, slow: number): ParsedRun => {
      const template = run.endpoints[0]!;
      const endpoints: EndpointStats[] = Array.from({ length: 5000 }, (_, i) => ({
        ...template,
        name: `/api/${i}/${HOSTILE}${'x'.repeat(2000)}`,
        requests: 1000,
        failures: slow > 1 ? (i % 50) * 5 : 0,
        percentiles: Object.fromEntries(
          Object.entries(template.percentiles).map(([q, v]) => [q, v === null ? null : v * slow * (1 + (i % 7))]),
        ),
      }));
      return { ...run, endpoints };
    };
    const big = [
      { id: 'run_a', run: many(before, 1) },
      { id: 'run_b', run: many(after, 3) },
    ];
    const sets = Array.from({ length: 20 }, (_, s) => ({
      name: `Set ${s} ${'y'.repeat(500)}`,
      criteria: Array.from({ length: 200 }, (_, i) => ({
        metric: 'p95Ms',
        scope: `endpoint:${big[1]!.run.endpoints[i]!.method} ${big[1]!.run.endpoints[i]!.name}`,
        op: '<' as const,
        target: 1,
      })),
    }));
    const c = compareWithCriteria(big, 0, undefined, [], sets);
    const started = performance.now();
    const text = prComment(c, { compareUrl: URL, baselineSpec: 'latest:branch=main' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(text.length).toBeLessThan(MAX_COMMENT_CHARS);
    expect(Array.from(text).length).toBeLessThan(65_536);
    expect(text.startsWith(`${PR_MARKER}\n### 🔴`)).toBe(true);
    const rows = text.split('\n').filter((l) => l.startsWith('| GET /api/'));
    expect(rows).toHaveLength(TOP_ENDPOINTS);
    expect(text).toMatch(/\*\*Regressed endpoints\*\*: [\d,]+ of 5,000, the 10 worst:/);
    expect(text).not.toMatch(/(?<!\\)<script|\ud800/);
    expect(text).toContain('\\<script\\>');
    expect(regressions(c)[0]!.critical).toBe(true);
  });
});
