// Prints "N passed, N failed, N skipped" over the Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = join(dir, 'vitest.json');
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A test file that fails before any test runs (an import or setup error) counts as one failure.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
const pw = join(dir, 'playwright.json');
if (!existsSync(pw)) {
  // Playwright wrote nothing: it never ran its tests (e.g. the server did not start).
  console.error('Playwright did not report: its tests did not run');
  failed += 1;
} else {
  const report = JSON.parse(readFileSync(pw, 'utf8'));
  const s = report.stats;
  // Errors outside any test (a web server that would not start, a broken config) fail the run too.
  for (const e of report.errors ?? []) console.error(`Playwright: ${e.message?.split('\n')[0] ?? 'error'}`);
  failed += (report.errors ?? []).length;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
