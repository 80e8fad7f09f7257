// The success-criteria section of the Markdown report, on the 40-user run (p95 4200 ms, 759/772
// successes; fixtures/locust-2.12-generated/smallpool-40u/_stats.csv).
import { expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { criterionText, targetText } from './describe';
import { evaluateCriteria } from './evaluate';
import { verdictsMarkdown } from './markdown';
import type { Criterion, Verdict } from './types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');

test('a table per set, the verdict in its heading, failing criteria listed', () => {
  const criteria: Criterion[] = [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1, floorMs: 50 },
  ];
  const md = verdictsMarkdown('40 users', [
    { criteria, verdict: evaluateCriteria({ name: 'Conditional GO', criteria }, u40, u20) },
  ]);
  expect(md.split('\n')).toEqual([
    '## Success criteria on 40 users',
    '',
    '### Conditional GO: 🔴 NO-GO',
    '',
    '| Metric | Scope | Current | Target | Met |',
    '|---|---|---|---|---|',
    `| Success rate | all requests | ${((759 / 772) * 100).toFixed(2)}% | ≥ 97.00% | ✅ |`,
    '| p95 | all requests | 4,200 ms | < 3,000 ms | ❌ |',
    '| Median | all requests | +225.0% | ≤ +10.0% vs baseline (or within 50 ms) | ❌ |',
    '',
    '**Not met:**',
    '- p95 of all requests \\< 3,000 ms',
    '- Median of all requests ≤ +10.0% vs baseline (or within 50 ms): 160 → 520',
    '',
  ]);
  expect(verdictsMarkdown('x', [])).toBe('');
});

test.each<[Criterion, string]>([
  [
    { metric: 'failureRate', scope: 'endpoint:POST /accounts/login/', op: '<', target: 0.1 },
    'Failure rate of POST /accounts/login/ < 10.00%',
  ],
  [
    { metric: 'p99.9Ms', scope: 'group:/api/', op: '<=', target: 12000, severity: 'should' },
    'p99.9 of /api/* (group) ≤ 12 s (should)',
  ],
  [
    { metric: 'rps', scope: 'aggregate', op: '>=', target: 22, minRequests: 100 },
    'Throughput of all requests ≥ 22/s (judged from 100 requests)',
  ],
  [
    { metric: 'goodputRps', scope: 'aggregate', op: '>=', target: 17 },
    'Goodput (successful req/s) of all requests ≥ 17/s',
  ],
])('%j reads "%s"', (c, text) => {
  expect(criterionText(c)).toBe(text);
  expect(targetText(c)).toBe(
    text.slice(text.indexOf(c.op === '<=' ? '≤' : c.op === '>=' ? '≥' : '<')).replace(' (should)', ''),
  );
});

test('names and endpoint scopes from data cannot inject Markdown (links, HTML, table breaks, headings)', () => {
  const evil = '[x](javascript:alert(1)) <img src=x onerror=alert(1)> | # h';
  const md = verdictsMarkdown(evil, [
    { criteria: [], verdict: { name: evil, verdict: 'GO', results: [] } as unknown as Verdict },
  ]);
  expect(md).not.toMatch(/[^\\]\]\(javascript/);
  expect(md).not.toMatch(/[^\\]<img/);
  expect(md).not.toMatch(/[^\\]\| # h/);
});
