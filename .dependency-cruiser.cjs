// The layers of lib/ and the import rules that hold them (ARCHITECTURE.md). `npm run lint` runs this;
// test/lint/boundaries.test.ts proves each rule reports a file that breaks it.
// Production code only: tests and test helpers may reach across layers (a view test parses real fixtures).
const TESTS = '(\\.test\\.tsx?$|/test-[a-z-]+\\.ts$|^test/|^e2e/|^bench/)';
const GENERATED = '^lib/server/db/generated/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No module imports itself through others: a cycle has no layer order.',
      severity: 'error',
      from: { path: '^(lib|components|app|cli)/', pathNot: GENERATED },
      to: { circular: true, pathNot: GENERATED },
    },
    {
      name: 'no-folder-cycle',
      comment: 'No folder of lib/ depends on itself through other folders.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^lib/', pathNot: GENERATED },
      to: { circular: true, pathNot: GENERATED },
    },
    {
      name: 'domain-is-pure',
      comment: 'lib/domain imports only lib/domain: no view model, no server code.',
      severity: 'error',
      from: { path: '^lib/domain/', pathNot: TESTS },
      to: { path: '^(lib/(view|server)|components|app|cli)/' },
    },
    {
      name: 'domain-has-no-framework',
      comment: 'lib/domain runs anywhere: no Node built-ins (I/O), no React, Next.js or Prisma.',
      severity: 'error',
      from: { path: '^lib/domain/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-has-no-framework-packages',
      severity: 'error',
      from: { path: '^lib/domain/', pathNot: TESTS },
      to: { path: 'node_modules/(next|react|react-dom|server-only|@prisma|pg|better-sqlite3)/' },
    },
    {
      name: 'view-has-no-server',
      comment: 'lib/view builds view models from domain data: it never reads the database or calls services.',
      severity: 'error',
      from: { path: '^lib/view/', pathNot: TESTS },
      to: { path: '^(lib/server|app|cli)/' },
    },
    {
      name: 'view-has-no-framework-packages',
      severity: 'error',
      from: { path: '^lib/view/', pathNot: TESTS },
      to: { path: 'node_modules/(next|server-only|@prisma|pg|better-sqlite3)/' },
    },
    {
      name: 'prisma-only-in-db',
      comment: 'Only lib/server/db talks to the database.',
      severity: 'error',
      from: { pathNot: ['^lib/server/db/', TESTS] },
      to: { path: ['node_modules/@prisma/', GENERATED] },
    },
    {
      name: 'components-use-no-server',
      comment: 'Components get data from pages (props) or the API client, never from server code.',
      severity: 'error',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^lib/server/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', GENERATED] },
    exclude: { path: ['\\.next', 'node_modules/\\.cache', TESTS] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
