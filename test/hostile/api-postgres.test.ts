// The hostile table through POST /api/runs on PostgreSQL (stricter than SQLite about text: no
// NUL characters), see api-table.ts. Needs PostgreSQL (test/support/databases.ts says how).
import { afterAll, describe } from 'vitest';
import { freshDatabase } from '../support/databases';
import { apiTable } from './api-table';

const db = await freshDatabase('postgresql');
await db.prisma.$disconnect();
process.env.DATABASE_URL = db.url;
process.env.SWARMLENS_UPLOAD_MAX_MB = '300';
afterAll(async () => {
  const { getDatabase } = await import('../../lib/server/db/client');
  await (await getDatabase()).prisma.$disconnect();
  await db.drop();
});

describe('hostile inputs through POST /api/runs (PostgreSQL)', () => apiTable());
