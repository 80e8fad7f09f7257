import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Next.js resolves this to an empty module on the server; tests run server code directly.
      'server-only': fileURLToPath(new URL('./test/support/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/**/*.test.ts',
      'app/**/*.test.ts',
      'components/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    // CI asks for a JSON report beside the console one (see .ci/run).
    reporters: process.env.SWARMLENS_TEST_REPORT_DIR
      ? ['default', ['json', { outputFile: `${process.env.SWARMLENS_TEST_REPORT_DIR}/vitest.json` }]]
      : ['default'],
  },
});
