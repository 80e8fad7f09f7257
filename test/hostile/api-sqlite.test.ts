// The hostile table through POST /api/runs on SQLite (see api-table.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { apiTable } from './api-table';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-hostile-')), 'api.db')}`;
process.env.SWARMLENS_UPLOAD_MAX_MB = '300';

describe('hostile inputs through POST /api/runs (SQLite)', () => apiTable());
