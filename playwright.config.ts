// End-to-end tests: a production build served on a fresh SQLite database, driven through
// Debian's Chromium (CHROMIUM_PATH overrides; Playwright's own browser when neither exists).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // In CI a broken server makes every later test wait out its timeout: stop after 10 failures, and after
  // 45 minutes (the suite takes ~18 on the CI machine kind), so the run ends with a report instead of a timeout.
  maxFailures: process.env.CI ? 10 : 0,
  globalTimeout: process.env.CI ? 45 * 60_000 : 0,
  // CI asks for a JSON report beside the console one (see .ci/run).
  reporter: process.env.SWARMLENS_TEST_REPORT_DIR
    ? [['list'], ['json', { outputFile: `${process.env.SWARMLENS_TEST_REPORT_DIR}/playwright.json` }]]
    : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The open instance serves every spec but the access-control ones (auth.spec.ts, *.secured.spec.ts),
  // which need the secured one.
  projects: [
    { name: 'open', testIgnore: /(auth|\.secured)\.spec\.ts$/ },
    { name: 'secured', testMatch: /(auth|\.secured)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${PORT + 1}` } },
  ],
  webServer: {
    command: `node e2e/support/serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT + 1}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
