// GET /api/compare with project criteria sets on SQLite (see compare-criteria-table.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { compareCriteriaTable } from './compare-criteria-table';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cmp-criteria-')), 'c.db')}`;

describe('GET /api/compare with criteria (SQLite)', () => compareCriteriaTable());
