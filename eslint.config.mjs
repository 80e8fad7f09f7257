// The lint gate (`npm run lint`, part of `npm test`): typescript-eslint's recommended rules, the project's
// bans, and the running time of regular expressions (eslint-plugin-regexp: no exponential or polynomial
// backtracking, no quadratic search; lib/domain/locust/README.md, "Linear time"). Import boundaries between
// the layers are dependency-cruiser's (.dependency-cruiser.cjs).
// test/lint/boundaries.test.ts proves each ban reports a file that breaks it.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const NO_DOUBLE_CAST = {
  selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
  message: '`as unknown as` hides a type error: parse the value (zod) or fix the types.',
};

const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'AbortController',
    'AbortSignal',
    'TextDecoder',
    'TextEncoder',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'performance',
    'structuredClone',
    'queueMicrotask',
    'Blob',
    'FormData',
    'Response',
    'Request',
    'Headers',
    'require',
    'module',
    '__dirname',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next*/**',
      'lib/server/db/generated/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'next-env.d.ts',
      'fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', NO_DOUBLE_CAST],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Control characters are matched on purpose: uploaded names and texts are cleaned of them.
      'no-control-regex': 'off',
      // Lines are at most 120 characters (Prettier's print width), comments and strings included; a line holding
      // a URL may run over.
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }],
    },
  },
  // Every regular expression, uploads' or not, runs in linear time: never switched off for a file.
  {
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
    },
  },
  // TypeScript checks names itself (and knows the DOM and Node types); scripts get Node's globals.
  { files: ['**/*.{ts,tsx,mts}'], rules: { 'no-undef': 'off' } },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_DOUBLE_CAST,
        { selector: "CallExpression[callee.name='fetch']", message: 'Components call the API through components/api.' },
        {
          selector: "CallExpression[callee.object.name=/^(window|globalThis|self)$/][callee.property.name='fetch']",
          message: 'Components call the API through components/api.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: ['lib/server/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@prisma/*', '**/db/generated/**'], message: 'Only lib/server/db talks to the database.' },
          ],
        },
      ],
    },
  },
  // Code that runs in the browser page of a benchmark.
  {
    files: ['bench/support/browser-metrics.mjs'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        PerformanceObserver: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
  },
  // Tests, end-to-end specs and benchmarks may cast to build odd inputs and may open the database directly.
  {
    files: ['**/*.test.{ts,tsx}', 'test/**', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },
);
