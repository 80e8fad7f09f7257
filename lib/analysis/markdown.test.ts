import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import { compareRuns } from './compare-runs';
import { comparisonMarkdown } from './markdown';

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const load = (run: string) => parseUpload(readdirSync(join(DIR, run)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, run, name))) }))).runs[0]!.run;

test('the 20u vs 40u report reads like the hand-written one', () => {
  const md = comparisonMarkdown(compareRuns([{ id: null, run: load('smallpool-20u') }, { id: null, run: load('smallpool-40u') }]));
  // 544/552 = 98.55%, 759/772 = 98.32%: −0.23 points, not significant (p ≈ 0.74).
  expect(md).toContain('| Success rate | 98.55% | 98.32% | −0.23 pts | OK |');
  expect(md).toContain('| Median | 160 ms | 520 ms | +225% | ❌ Critical |');
  expect(md).toContain('| P95 | 1,900 ms | 4,200 ms | +121% | ❌ Critical |');
  // Throughput counts failed requests and is not judged on its own; goodput carries the scaling verdict.
  expect(md).toContain('| Throughput (all requests) | 9.33/s | 13.04/s | +40% | OK |');
  expect(md).toContain('| Goodput (successful req/s) | 9.2/s | 12.82/s | +39% | ❌ Critical |');
  expect(md).toContain('Linear scaling of goodput would give 18.39/s; actual 12.82/s (−30%). Scaling across the runs: **saturated**.');
  expect(md).toContain('| GET /dashboard/ 🆕 | 0/32 | 2/87 | 2.30% |');
});
