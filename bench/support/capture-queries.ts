// Prints, as JSON, the SQL that the runs list and project pages send: it calls the same service
// functions as those pages, with a Prisma client that logs every query (installed where
// lib/server/db/client.ts's getDatabase() keeps the process's database, so the service code is unchanged).
// Run: DATABASE_URL=... node --conditions=react-server --import tsx bench/support/capture-queries.ts PROJECT_ID
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { dbConfig } from '../../lib/server/db/config';
import { PrismaClient as SqliteClient } from '../../lib/server/db/generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../../lib/server/db/generated/postgresql/client';
import { getEndpointNamesOfRun, getProjectPage } from '../../lib/server/services/project-service';
import { listFilters, listRunsPage } from '../../lib/server/services/runs-service';

interface Captured {
  page: string;
  sql: string;
  params: unknown[];
}

const projectId = process.argv[2];
if (!projectId) throw new Error('usage: capture-queries.ts PROJECT_ID');
const config = dbConfig();
const log = [{ emit: 'event' as const, level: 'query' as const }];
const prisma =
  config.provider === 'sqlite'
    ? new SqliteClient({
        adapter: new PrismaBetterSqlite3({ url: `file:${config.sqlitePath}` }, { timestampFormat: 'iso8601' }),
        log,
      })
    : new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }), log });
const captured: Captured[] = [];
let page = '';
(prisma as unknown as { $on: (e: 'query', f: (q: { query: string; params: string }) => void) => void }).$on(
  'query',
  (q) => {
    captured.push({ page, sql: q.query, params: JSON.parse(q.params) as unknown[] });
  },
);
(globalThis as unknown as { swarmlensDb: unknown }).swarmlensDb = Promise.resolve({
  prisma,
  provider: config.provider,
});

const list = { page: 1, pageSize: 50, sort: 'createdAt', order: 'desc' } as const;
const pages: [string, () => Promise<unknown>][] = [
  ['/runs', () => Promise.all([listRunsPage(list), listFilters()])],
  [
    '/runs?project=ID and /api/runs?project=ID',
    () => Promise.all([listRunsPage({ ...list, project: projectId }), listFilters()]),
  ],
  [
    '/projects/ID',
    async () => {
      const page = await getProjectPage(projectId, {});
      await getEndpointNamesOfRun(page.runs.at(-1)?.id ?? '');
    },
  ],
];
for (const [name, load] of pages) {
  page = name;
  await load();
}
await prisma.$disconnect();
process.stdout.write(JSON.stringify(captured));
