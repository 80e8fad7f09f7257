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
  expect(md).toContain('| Throughput | 9.33/s | 13.04/s | +40% | ❌ Critical |');
  expect(md).toMatch(/20 → 40 users \(×2\), throughput ×1\.4\. Linear scaling would give 18\.67\/s; actual 13\.04\/s \(−30%\): \*\*saturated\*\*/);
  expect(md).toContain('| GET /dashboard/ 🆕 | 0/32 | 2/87 | 2.30% |');
});
