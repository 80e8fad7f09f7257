// prisma/postgresql/schema.prisma must be exactly what scripts/db-sync-schemas.mjs derives from the
// SQLite schema, and both providers must have the same migrations.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { postgresSchemaFrom } from '../../../scripts/db-sync-schemas.mjs';

const root = join(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

test('the PostgreSQL schema is derived from the SQLite one (run npm run db:sync-schemas)', () => {
  expect(read('prisma/postgresql/schema.prisma')).toBe(postgresSchemaFrom(read('prisma/sqlite/schema.prisma')));
});

test('both providers have the same migrations', () => {
  const names = (p: string) =>
    readdirSync(join(root, 'prisma', p, 'migrations'))
      .filter((n) => !n.endsWith('.toml'))
      .sort();
  expect(names('postgresql')).toEqual(names('sqlite'));
});
