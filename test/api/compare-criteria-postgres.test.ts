// GET /api/compare with project criteria sets on PostgreSQL (see compare-criteria-table.ts). Needs
// PostgreSQL (test/support/databases.ts says how).
import { afterAll, describe } from 'vitest';
import { freshDatabase } from '../support/databases';
import { compareCriteriaTable } from './compare-criteria-table';

const db = await freshDatabase('postgresql');
await db.prisma.$disconnect();
process.env.DATABASE_URL = db.url;
afterAll(async () => {
  const { getDatabase } = await import('../../lib/server/db/client');
  await (await getDatabase()).prisma.$disconnect();
  await db.drop();
});

describe('GET /api/compare with criteria (PostgreSQL)', () => compareCriteriaTable());
